/**
 * What every open287g element shares: its language (its own `lang`, else the nearest ancestor's, followed
 * when either changes after rendering), its data source (`data-src`, `data-pinned`), loaded again when it
 * changes, and a `ready` promise an element resolves once its data is shown (a new one each time a new
 * data source starts loading after the last was shown).
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { type DataSource, dataSource, sameSource } from './data.js';
import { adoptStylesInOwnDocument } from './document-styles.js';
import { type Lang, resolveLang } from './i18n.js';

export abstract class Open287gElement extends LitElement {
  // the elements' own `properties` add to these (Lit merges a class's with its superclass's)
  static override properties: PropertyDeclarations = {
    dataSrc: { type: String, attribute: 'data-src' },
    dataPinned: { type: Boolean, attribute: 'data-pinned' },
  };

  // Plain fields are Lit reactive properties here because the package compiles with
  // useDefineForClassFields: false (a defined own field would shadow Lit's accessor).
  dataSrc: string | null = null;
  dataPinned = false;

  private settleReady: (() => void) | null = null;
  // pending from the start, so `ready` read before the element is connected waits for its data too
  private readyPromise: Promise<void> = new Promise<void>((resolve) => {
    this.settleReady = resolve;
  });
  private langObserver: MutationObserver | null = null;
  /** the data source being loaded or shown; undefined before the first load */
  private loadedSource: DataSource | null | undefined = undefined;
  /** the document the shadow root's styles were made for */
  private styledDocument: Document | null = null;

  // `lang` is a global attribute, not a Lit property: watch it so a change re-renders the strings.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit computes the list from the class it is read on; super keeps that class ours
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    if (this.styledDocument !== null && this.styledDocument !== doc) adoptStylesInOwnDocument(this);
    this.styledDocument = doc;
    // a new place in the page, or another document, can mean another nearest [lang]
    this.requestUpdate();
    // An ancestor's lang (often <html lang>) can change after the element renders.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(doc.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    // Moving the element in the page reconnects it; the data is loaded once per data source.
    if (this.loadedSource === undefined || !sameSource(this.loadedSource, this.source)) this.startLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sourceChanged = changed.has('dataSrc') || changed.has('dataPinned');
    if (sourceChanged && this.loadedSource !== undefined && !sameSource(this.loadedSource, this.source))
      this.startLoad();
  }

  private get source(): DataSource | null {
    return dataSource(this.dataSrc, this.dataPinned);
  }

  /** Resolves once the element's data, from its current data source, is loaded and shown. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Called by an element when the data of its current source is shown. */
  protected resolveReady(): void {
    this.settleReady?.();
    this.settleReady = null;
  }

  private startLoad(): void {
    const source = this.source;
    this.loadedSource = source;
    // a load still pending keeps its promise: it resolves when the newest source is shown
    if (!this.settleReady) {
      this.readyPromise = new Promise<void>((resolve) => {
        this.settleReady = resolve;
      });
    }
    void this.load(source, () => !sameSource(this.loadedSource ?? null, source));
  }

  /** Loads and shows the data of `source`; `stale()` turns true once another source has replaced it. */
  protected abstract load(source: DataSource | null, stale: () => boolean): Promise<void>;

  protected get lang_(): Lang {
    return resolveLang(this);
  }
}
