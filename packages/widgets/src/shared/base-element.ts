/**
 * What every open287g element shares: its language (its own `lang`, else the nearest ancestor's, followed
 * when either changes after rendering) and a `ready` promise an element resolves once its data is shown.
 */
import { LitElement } from 'lit';
import { type Lang, resolveLang } from './i18n.js';

export class Open287gElement extends LitElement {
  protected resolveReady: () => void = () => {};
  /** Resolves once the element's data is loaded and shown. */
  ready: Promise<void> = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  private langObserver: MutationObserver | null = null;

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
    // An ancestor's lang (often <html lang>) can change after the element renders.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = null;
  }

  protected get lang_(): Lang {
    return resolveLang(this);
  }
}
