import type { Notebook, NotebookResource } from './notebook';

/** Lower case without accents, so "Éducation" finds "education" and the reverse (fr and en alike). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A search: words that must all appear (in any searchable text), and a tag that must be there. */
export interface NotebookQuery {
  text?: string;
  tag?: string;
}

const words = (text: string | undefined) =>
  fold(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
const hasTag = (tags: readonly string[], tag: string) => tags.some((t) => fold(t) === fold(tag));

function resourceText(r: NotebookResource): string {
  return [r.description, r.fileName ?? '', r.url ?? '', ...r.tags].join(' ');
}

/** What matched in one notebook (already as its reader sees it): itself, and which of its resources. */
export interface NotebookHit {
  notebook: Notebook;
  /** Whether the notebook's own text or tags matched (not only a resource). */
  matched: boolean;
  resources: NotebookResource[];
}

/**
 * The notebooks and resources a query finds, among what the reader may see. A notebook matches when every word is
 * in its title, tags, summary or minutes and it carries the tag; a resource when every word is in its description,
 * file name, link or tags and it carries the tag. A notebook is listed when it or one of its resources matches.
 * An empty query lists every notebook.
 */
export function searchNotebooks(notebooks: readonly Notebook[], query: NotebookQuery): NotebookHit[] {
  const wanted = words(query.text);
  const tag = query.tag?.trim();
  if (wanted.length === 0 && !tag) return notebooks.map((notebook) => ({ notebook, matched: true, resources: [] }));
  const all = (text: string) => {
    const folded = fold(text);
    return wanted.every((w) => folded.includes(w));
  };
  const hits: NotebookHit[] = [];
  for (const notebook of notebooks) {
    const matched =
      all([notebook.title, notebook.summary, notebook.minutes.text, ...notebook.tags].join(' ')) && (!tag || hasTag(notebook.tags, tag));
    const resources = notebook.resources.filter((r) => all(resourceText(r)) && (!tag || hasTag(r.tags, tag)));
    if (matched || resources.length > 0) hits.push({ notebook, matched, resources });
  }
  return hits;
}
