/**
 * The date of an ICE list from its file name. ICE has used MMDDYYYY and MMDDYY with am/pm; files recovered
 * from the web archive carry the capture timestamp (YYYYMMDDhhmmss) instead.
 */
export interface FileDate {
  date: string;
  basis: string;
}

export function dateFromFileName(name: string): FileDate | null {
  const archived = /(20\d{2})(\d{2})(\d{2})\d{6}/.exec(name);
  if (archived) {
    return {
      date: `${archived[1]}-${archived[2]}-${archived[3]}`,
      basis: /^ParticipatingEntities/i.test(name)
        ? "web-archive capture of ICE's web table"
        : "web-archive capture of ICE's xlsx",
    };
  }
  const long = /(\d{2})(\d{2})(20\d{2})(?:am|pm)?\.xlsx$/i.exec(name);
  if (long) return { date: `${long[3]}-${long[1]}-${long[2]}`, basis: 'ICE file name' };
  const short = /(\d{2})(\d{2})(\d{2})(?:am|pm)?\.xlsx$/i.exec(name);
  if (short) return { date: `20${short[3]}-${short[1]}-${short[2]}`, basis: 'ICE file name' };
  return null;
}
