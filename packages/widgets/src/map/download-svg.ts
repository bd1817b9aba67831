/**
 * "Download the map (SVG)": the map as drawn, as a file that stands alone in print or a newsletter, with its
 * title, its legend in words and its source line, and each shape's colour written on it (the page's
 * stylesheet does not travel with the file). Made in the page; nothing is sent anywhere.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgFileParts {
  title: string;
  legend: { swatch: SVGRectElement; text: string }[];
  source: string;
  filename: string;
}

/** The legend's entries as the file shows them: each swatch, and its words on one line. */
export function legendEntries(legend: ParentNode): SvgFileParts['legend'] {
  return [...legend.querySelectorAll('li')].map((item) => ({
    swatch: item.querySelector('rect') as SVGRectElement,
    text: item.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

/** The text of the file, with the map's shapes coloured as the reader sees them. */
export function standaloneSvg(map: SVGSVGElement, { title, legend, source }: SvgFileParts): string {
  const [x, y, width, height] = (map.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const copy = map.cloneNode(true) as SVGSVGElement;
  // computed colours, shape by shape, from the original (the copy is not in the page, so it has none)
  const originals = map.querySelectorAll('path, rect');
  copy.querySelectorAll('path, rect').forEach((shape, i) => {
    const style = getComputedStyle(originals[i] as Element);
    shape.setAttribute('fill', style.fill);
    shape.setAttribute('stroke', style.stroke);
    shape.setAttribute('stroke-width', style.strokeWidth);
    if (style.strokeDasharray !== 'none') shape.setAttribute('stroke-dasharray', style.strokeDasharray);
  });
  for (const group of copy.querySelectorAll('.focus')) group.remove();
  // the page's template markers (comments) are nothing to a reader of the file
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const marker of markers) marker.parentNode?.removeChild(marker);
  const line = height / 24;
  const header = line * 2;
  const footer = line * (legend.length + 2);
  const file = document.createElementNS(SVG_NS, 'svg');
  file.setAttribute('xmlns', SVG_NS);
  file.setAttribute('viewBox', `${x} ${y - header} ${width} ${height + header + footer}`);
  file.setAttribute('font-family', 'system-ui, sans-serif');
  const text = (content: string, atY: number, size: number, atX = x): SVGTextElement => {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(atX));
    element.setAttribute('y', String(atY));
    // smaller where the line would run past the map's width (a narrow state): a character is about 0.55 em
    const fits = (width - (atX - x)) / (0.55 * Math.max(1, content.length));
    element.setAttribute('font-size', String(Math.min(size, fits)));
    element.textContent = content;
    return element;
  };
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  file.append(titleElement, text(title, y - line * 0.6, line * 1.1));
  copy.removeAttribute('class');
  copy.removeAttribute('aria-hidden');
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  file.append(copy);
  legend.forEach(({ swatch, text: words }, i) => {
    const rowY = y + height + line * (i + 1.2);
    const rect = document.createElementNS(SVG_NS, 'rect');
    const style = getComputedStyle(swatch);
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(rowY - line * 0.75));
    rect.setAttribute('width', String(line * 1.2));
    rect.setAttribute('height', String(line * 0.8));
    rect.setAttribute('fill', style.fill);
    rect.setAttribute('stroke', style.stroke);
    file.append(rect, text(words, rowY, line * 0.7, x + line * 1.6));
  });
  file.append(text(source, y + height + line * (legend.length + 1.6), line * 0.6));
  return new XMLSerializer().serializeToString(file);
}

/** Saves the map as an SVG file through a temporary link. */
export function downloadSvg(map: SVGSVGElement, parts: SvgFileParts): void {
  const url = URL.createObjectURL(new Blob([standaloneSvg(map, parts)], { type: 'image/svg+xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = parts.filename;
  link.click();
  // after the click has started the download
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
