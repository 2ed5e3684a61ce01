// A few DOM helpers: elements are built with text, never from HTML strings, so nothing a user
// wrote can become markup.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/**
 * Makes `list`'s children the elements for `items`, in order, reusing each item's element by
 * key: an element that stays keeps its state (an open answer box, focus), and only elements
 * out of place move.
 */
export function syncList(list, items, keyOf, create, update) {
  const existing = new Map();
  for (const child of list.children) existing.set(child.dataset.key, child);
  const active = document.activeElement;
  const keep = new Set();
  let cursor = list.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    keep.add(key);
    let el = existing.get(key);
    if (!el) {
      el = create(item);
      el.dataset.key = key;
    }
    update(el, item);
    if (el !== cursor) {
      if (typeof list.moveBefore === 'function' && el.isConnected && el.parentNode === list) {
        list.moveBefore(el, cursor);
      } else {
        list.insertBefore(el, cursor);
      }
    } else {
      cursor = cursor.nextElementSibling;
    }
  }
  for (const [key, el] of existing) if (!keep.has(key)) el.remove();
  if (active && active !== document.activeElement && active.isConnected) active.focus({ preventScroll: true });
}
