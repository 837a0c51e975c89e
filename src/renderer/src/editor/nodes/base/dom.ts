// Building the DOM that block decorators draw themselves (BlockDecoratorNode).

/** An element with attributes (those left undefined are not set) and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value)
  el.append(...children)
  return el
}
