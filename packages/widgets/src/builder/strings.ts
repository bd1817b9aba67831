/**
 * Every visible string of the embed builder, in English and Spanish, and the words its snippets put in a
 * reader's language (the frame's title, the fallback link). "{name}" placeholders are filled as text.
 */
import type { ViewName } from '../embed-views.js';
import type { Lang } from '../shared/i18n.js';

export interface BuilderStrings {
  pageTitle: string;
  intro: string;
  privacy: string;
  pageLanguage: string;
  widget: string;
  widgets: Record<ViewName, string>;
  place: string;
  county: string;
  countyHint: string;
  matchesOne: string;
  matchesMany: string;
  matchesNone: string;
  /** {county}, {fips} */
  chosen: string;
  noCounty: string;
  clear: string;
  state: string;
  stateNone: string;
  /** the map's colours: a fieldset's legend, and each rule's name */
  colorBy: string;
  colorByNames: Record<'presence' | 'count' | 'model', string>;
  /** the timeline's first year: a fieldset's legend, the field's label, and "every list" */
  period: string;
  from: string;
  fromAll: string;
  /** for a widget that takes neither a county nor a state */
  noPlace: string;
  widgetLanguage: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  data: string;
  /** {date}: the bundled ICE list's */
  dataBundled: string;
  dataBundledLoading: string;
  dataPinned: string;
  dataPinnedUrl: string;
  files: string;
  cdnBase: string;
  cdnHint: string;
  embedBase: string;
  embedHint: string;
  badAddress: string;
  preview: string;
  previewHint: string;
  scriptHeading: string;
  scriptHint: string;
  scriptLabel: string;
  copyScript: string;
  iframeHeading: string;
  iframeHint: string;
  iframeLabel: string;
  copyIframe: string;
  pinnedIframe: string;
  pinnedIframeLabel: string;
  copied: string;
  copyFallback: string;
}

/** What a snippet says to readers, in the widget's language. */
export interface SnippetStrings {
  frameTitles: Record<ViewName, string>;
  /**
   * For a view showing one place, by the attribute that names it: {place} is "Collier County, FL" / "en el
   * condado de Collier, FL", or a state as `inState` has it. The first attribute chosen names the place.
   */
  frameTitlesIn: Partial<Record<ViewName, Partial<Record<'county' | 'state', string>>>>;
  /** a state as {place}: {state} is its name */
  inState: string;
  /** the element's content until its script runs, and if it cannot */
  fallbackLink: string;
}

export const BUILDER_STRINGS: Record<Lang, BuilderStrings> = {
  en: {
    pageTitle: 'Embed builder',
    intro:
      'Choose a widget and its options, and copy a snippet into your page or your CMS. The snippets and the preview under them follow each choice.',
    privacy:
      'Everything here runs in this page: the county search uses the data bundled with the widgets, and nothing you choose or type is sent anywhere.',
    pageLanguage: 'Language of this page',
    widget: 'Widget',
    widgets: {
      lookup: 'County lookup',
      models: 'The models compared',
      map: 'County map',
      timeline: 'Agreements over time',
    },
    place: 'County or state',
    county: 'County',
    countyHint:
      'Type a county’s name or its 5-digit FIPS code, then choose it. Without one, readers search for theirs.',
    matchesOne: '1 county matches.',
    matchesMany: '{count} counties match.',
    matchesNone: 'No county matches.',
    chosen: 'Chosen: {county} (FIPS {fips}).',
    noCounty: 'No county chosen: readers search for theirs.',
    clear: 'Clear the county',
    state: 'State',
    stateNone: 'None: the whole country',
    colorBy: 'Map colours',
    colorByNames: {
      presence: 'Where a local agency has an agreement',
      count: 'How many local agencies have one',
      model: 'Which model the local agreements have',
    },
    period: 'Period',
    from: 'First year shown',
    fromAll: 'Every list since 2021',
    noPlace: 'This widget is the same for every county: there is no county or state to choose.',
    widgetLanguage: 'Language of the widget',
    theme: 'Colors',
    themeAuto: 'Automatic: the page’s (in an iframe, the reader’s setting)',
    themeLight: 'Light',
    themeDark: 'Dark',
    data: 'Data',
    dataBundled: 'ICE’s list bundled with the widget, of {date}',
    dataBundledLoading: 'ICE’s list bundled with the widget',
    dataPinned: 'A list you host: for a story pinned to the list of its publication day',
    dataPinnedUrl: 'Address of that agreements.json',
    files: 'Where the files are',
    cdnBase: 'Folder of open287g.js, for the script snippet',
    cdnHint:
      'Your copy of dist/cdn/, as an address or a path on your site. Once the package is on npm, its CDN folder works too ({cdn}), but a CDN sees your readers’ IP addresses.',
    embedBase: 'Folder of your copy of embed.html, for the iframe snippet',
    embedHint: 'Your copy of dist/embed/, as an address or a path on your site.',
    badAddress: 'Give an http(s) address or a path; until then the snippets keep the last good one.',
    preview: 'Preview',
    previewHint: 'The real widget, with these options, as the script snippet shows it.',
    scriptHeading: 'Script snippet',
    scriptHint: 'For a page that can hold a script: paste it where the widget should appear.',
    scriptLabel: 'HTML with the script',
    copyScript: 'Copy the script snippet',
    iframeHeading: 'Iframe snippet',
    iframeHint:
      'For a CMS that strips scripts. The frame fits its content on a page with Pym.js, in an amp-iframe, or with the resize snippet in the documentation.',
    iframeLabel: 'HTML with the iframe',
    copyIframe: 'Copy the iframe snippet',
    pinnedIframe:
      'embed.html never takes its data from its address. To show the list you host in frames, add these lines to the head of your copy of embed.html:',
    pinnedIframeLabel: 'Lines for your copy of embed.html',
    copied: 'Copied.',
    copyFallback: 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  },
  es: {
    pageTitle: 'Generador de código para insertar',
    intro:
      'Elija un widget y sus opciones y copie el código en su página o en su CMS. El código y la vista previa que lo sigue cambian con cada elección.',
    privacy:
      'Todo funciona en esta página: la búsqueda de condados usa los datos incluidos en los widgets, y nada de lo que elija o escriba se envía a ningún lado.',
    pageLanguage: 'Idioma de esta página',
    widget: 'Widget',
    widgets: {
      lookup: 'Búsqueda por condado',
      models: 'Los modelos comparados',
      map: 'Mapa por condado',
      timeline: 'Los acuerdos a lo largo del tiempo',
    },
    place: 'Condado o estado',
    county: 'Condado',
    countyHint:
      'Escriba el nombre de un condado o su código FIPS de 5 dígitos y elíjalo. Sin condado, los lectores buscan el suyo.',
    matchesOne: '1 condado coincide.',
    matchesMany: '{count} condados coinciden.',
    matchesNone: 'Ningún condado coincide.',
    chosen: 'Elegido: {county} (FIPS {fips}).',
    noCounty: 'Ningún condado elegido: los lectores buscan el suyo.',
    clear: 'Quitar el condado',
    state: 'Estado',
    stateNone: 'Ninguno: todo el país',
    colorBy: 'Colores del mapa',
    colorByNames: {
      presence: 'Dónde una agencia local tiene un acuerdo',
      count: 'Cuántas agencias locales tienen uno',
      model: 'Qué modelo tienen los acuerdos locales',
    },
    period: 'Período',
    from: 'Primer año',
    fromAll: 'Todas las listas desde 2021',
    noPlace: 'Este widget es igual para todos los condados: no hay condado ni estado que elegir.',
    widgetLanguage: 'Idioma del widget',
    theme: 'Colores',
    themeAuto: 'Automáticos: los de la página (en un iframe, la preferencia del lector)',
    themeLight: 'Claros',
    themeDark: 'Oscuros',
    data: 'Datos',
    dataBundled: 'La lista de ICE incluida en el widget, del {date}',
    dataBundledLoading: 'La lista de ICE incluida en el widget',
    dataPinned: 'Una lista que usted aloja: para una nota fijada a la lista del día de su publicación',
    dataPinnedUrl: 'Dirección de ese agreements.json',
    files: 'Dónde están los archivos',
    cdnBase: 'Carpeta de open287g.js, para el código con script',
    cdnHint:
      'Su copia de dist/cdn/, como dirección o ruta de su sitio. Cuando el paquete esté en npm, también sirve su carpeta en la CDN ({cdn}), pero una CDN ve las direcciones IP de sus lectores.',
    embedBase: 'Carpeta de su copia de embed.html, para el código con iframe',
    embedHint: 'Su copia de dist/embed/, como dirección o como ruta en su sitio.',
    badAddress:
      'Indique una dirección http(s) o una ruta; mientras tanto, el código conserva la última válida.',
    preview: 'Vista previa',
    previewHint: 'El widget real, con estas opciones, como lo muestra el código con script.',
    scriptHeading: 'Código con script',
    scriptHint: 'Para una página que admite scripts: péguelo donde debe aparecer el widget.',
    scriptLabel: 'HTML con el script',
    copyScript: 'Copiar el código con script',
    iframeHeading: 'Código con iframe',
    iframeHint:
      'Para un CMS que elimina los scripts. El marco se ajusta a su contenido en una página con Pym.js, en un amp-iframe o con el código de ajuste de la documentación.',
    iframeLabel: 'HTML con el iframe',
    copyIframe: 'Copiar el código con iframe',
    pinnedIframe:
      'embed.html nunca toma sus datos de su dirección. Para mostrar en los marcos la lista que usted aloja, agregue estas líneas al head de su copia de embed.html:',
    pinnedIframeLabel: 'Líneas para su copia de embed.html',
    copied: 'Copiado.',
    copyFallback: 'El código está seleccionado: pulse Ctrl+C (⌘C en una Mac) para copiarlo.',
  },
};

export const SNIPPET_STRINGS: Record<Lang, SnippetStrings> = {
  en: {
    frameTitles: {
      lookup: '287(g) agreements: county lookup',
      models: 'The 287(g) models compared',
      map: 'Map of 287(g) agreements by county',
      timeline: '287(g) agreements by model over time',
    },
    frameTitlesIn: {
      lookup: { county: '287(g) agreements in {place}' },
      map: { state: 'Map of 287(g) agreements in {place}' },
      timeline: { state: '287(g) agreements by model over time in {place}' },
    },
    inState: '{state}',
    fallbackLink: 'ICE’s list of 287(g) agreements',
  },
  es: {
    frameTitles: {
      lookup: 'Acuerdos 287(g): búsqueda por condado',
      models: 'Los modelos 287(g) comparados',
      map: 'Mapa de los acuerdos 287(g) por condado',
      timeline: 'Acuerdos 287(g) por modelo a lo largo del tiempo',
    },
    frameTitlesIn: {
      lookup: { county: 'Acuerdos 287(g) {place}' },
      map: { state: 'Mapa de los acuerdos 287(g) {place}' },
      timeline: { state: 'Acuerdos 287(g) por modelo a lo largo del tiempo {place}' },
    },
    inState: 'en {state}',
    fallbackLink: 'La lista de acuerdos 287(g) de ICE',
  },
};
