// <article-annotator>: the annotated article view as a custom element, for CMSs that accept HTML
// widgets. Set the `text` attribute or property (else the element's own text is read); the
// article is drawn in shadow DOM with `<mark class="aa-mark" data-layer data-label>` elements,
// and an `annotations` event (detail `{text, result, items}`) follows each analysis.
//
//   <script type="module" src="./article-annotator-element.js"></script>
//   <article-annotator text="…"></article-annotator>
//   el.text = article; el.addEventListener('annotations', (e) => console.log(e.detail.result));
//   el.annotate = (text) => myAnnotator.annotate(text);   // optional: bring your own Annotator

import { adoptStyles, analyserFrom, itemsOf, renderMarks } from './embed.js';

const VIEW_CSS = `
:host { display: block; }
.article { white-space: pre-wrap; overflow-wrap: break-word; line-height: 1.6; }
`;

export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['text'];

  #text = null;
  #annotate = null;
  #article;
  #releaseStyles = null;
  #generation = 0;
  result = null;
  items = [];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(VIEW_CSS);
    root.adoptedStyleSheets = [sheet];
    this.#article = document.createElement('div');
    this.#article.className = 'article';
    this.#article.setAttribute('part', 'article');
    root.append(this.#article);
  }

  /** The article text: the property, else the `text` attribute, else the element's own text. */
  get text() { return this.#text ?? this.getAttribute('text') ?? this.textContent ?? ''; }
  set text(value) { this.#text = value == null ? null : String(value); this.#render(); }

  /** Optional `text → result` function (e.g. a configured `Annotator`'s `annotate`). */
  get annotate() { return this.#annotate; }
  set annotate(fn) { this.#annotate = fn; this.#render(); }

  attributeChangedCallback() { this.#text = null; this.#render(); }

  connectedCallback() {
    this.#releaseStyles ??= adoptStyles(this.shadowRoot);
    this.#render();
  }

  disconnectedCallback() { this.#releaseStyles?.(); this.#releaseStyles = null; }

  /** Resolves with the result once the current text is drawn. */
  async #render() {
    if (!this.isConnected) return null;
    const gen = ++this.#generation;
    const text = this.text;
    const analyse = analyserFrom(this.#annotate ? { annotate: this.#annotate } : {});
    let result;
    try {
      result = await analyse(text);
    } catch (err) {
      if (gen === this.#generation) this.dispatchEvent(new CustomEvent('annotationerror', { detail: { error: err } }));
      return null;
    }
    if (gen !== this.#generation) return null;
    const items = itemsOf(result);
    this.#article.replaceChildren();
    renderMarks(this.#article, text, items);
    this.result = result;
    this.items = items;
    this.dispatchEvent(new CustomEvent('annotations', { detail: { text, result, items } }));
    return result;
  }
}

if (!customElements.get('article-annotator')) customElements.define('article-annotator', ArticleAnnotatorElement);
