/**
 * Scrolls the nearest scrolling ancestor of `el` (never the page itself) just enough to show
 * `el`, its top first. Beside the map the panel scrolls as a whole, filters above the list: a
 * card the keyboard reached on the map must not stay hidden below them. On a phone nothing
 * but the page scrolls, and the page stays where it is (the map keeps its place on screen).
 */
export function revealInPanel(el: HTMLElement): void {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY !== 'auto' && overflowY !== 'scroll') || p.scrollHeight <= p.clientHeight) continue;
    const box = p.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top < box.top) p.scrollTop -= box.top - r.top;
    else if (r.bottom > box.bottom) p.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
    return;
  }
}
