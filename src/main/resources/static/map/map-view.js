// Draws the map as SVG: where the source stands (experiences or an occupation), the outcomes it
// holds, the best-fitting destinations and, for the chosen one, its gap. Transfer links run from
// held outcomes to destinations; their kind shows as a dash pattern and their strength as width,
// so nothing depends on colour alone.

import { h, s } from './dom.js';
import { t, percent } from './strings.js';

const WIDTH = 1240;
const TOP = 52;
const ROW = 24;
const ANCHOR_H = 56;
const BLOCK_GAP = 10;
const DEST_H = 50;
const DEST_GAP = 8;
const GAP_ROW = 30;
const CHAR_WIDTH = 6.7;
const COLUMNS = {
  anchors: { x: 0, w: 236 },
  outcomes: { x: 272, w: 310 },
  destinations: { x: 676, w: 270 },
  gap: { x: 984, w: 256 },
};

export const LINK_KINDS = [
  'SAME',
  'HELD_NARROWER',
  'HELD_BROADER',
  'RELATED',
  'SHARED_GROUP',
  'SIMILAR',
];

function fit(text, width) {
  const max = Math.floor(width / CHAR_WIDTH);
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/** Two lines, broken between words near width; fitLabels shortens the second if it is too long. */
function wrap(text, width) {
  const max = Math.floor(width / CHAR_WIDTH);
  if (text.length <= max) return [text];
  const cut = text.lastIndexOf(' ', max);
  const first = cut > 0 ? text.slice(0, cut) : text.slice(0, max);
  return [first, text.slice(first.length).trim()];
}

function label(x, y, text, width, attrs = {}) {
  const shown = fit(text, width);
  return s(
    'text',
    { x, y, 'data-fit': width, 'data-full': text, ...attrs },
    shown,
    shown === text ? null : s('title', {}, text),
  );
}

/**
 * Shortens every label drawn by label() until it fits its width as the browser renders it: the
 * character estimate used while drawing cannot know the font, the weight or the language.
 */
export function fitLabels(svg) {
  for (const text of svg.querySelectorAll('text[data-fit]')) {
    const width = Number(text.dataset.fit);
    const full = text.dataset.full;
    text.textContent = full;
    if (text.getComputedTextLength() <= width) continue;
    let low = 1;
    let high = full.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      text.textContent = full.slice(0, mid).trimEnd() + '…';
      if (text.getComputedTextLength() <= width) low = mid;
      else high = mid - 1;
    }
    text.textContent = full.slice(0, low).trimEnd() + '…';
    text.append(s('title', {}, full));
  }
}

function curve(x1, y1, x2, y2) {
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}

function layoutOutcomes(model) {
  const outcomeY = new Map();
  const anchorY = new Map();
  let y = TOP;
  for (const block of model.blocks) {
    const rows = block.outcomes.length * ROW;
    const height = Math.max(rows, ANCHOR_H + 12);
    const start = y + (height - rows) / 2;
    block.outcomes.forEach((outcome, i) => outcomeY.set(outcome.id, start + i * ROW + ROW / 2));
    if (block.anchor) anchorY.set(block.anchor.id, y + height / 2);
    y += height + BLOCK_GAP;
  }
  return { outcomeY, anchorY, bottom: y };
}

function layoutDestinations(destinations) {
  const destY = new Map();
  const headings = [];
  let y = TOP;
  let kind = null;
  for (const destination of destinations) {
    if (destination.kind !== kind) {
      kind = destination.kind;
      headings.push({ kind, y: y + 12 });
      y += 20;
    }
    destY.set(destination.id, y);
    y += DEST_H + DEST_GAP;
  }
  return { destY, headings, bottom: y };
}

function anchorNode(anchor, y) {
  const { x, w } = COLUMNS.anchors;
  const lines = wrap(anchor.title, w - 16);
  const top = y - ANCHOR_H / 2;
  return s(
    'g',
    { class: 'anchor', 'data-anchor': anchor.id },
    s('title', {}, [anchor.title, anchor.subtitle].filter(Boolean).join(' — ')),
    s('rect', { x, y: top, width: w, height: ANCHOR_H, rx: 6 }),
    lines.map((line, i) => label(x + 8, top + 17 + i * 15, line, w - 16, { class: 'anchor-title' })),
    label(x + 8, top + 17 + lines.length * 15 + (lines.length === 1 ? 2 : 0), anchor.subtitle ?? '', w - 16, {
      class: 'anchor-sub',
    }),
  );
}

function outcomeNode(outcome, y, linked) {
  const { x, w } = COLUMNS.outcomes;
  return s(
    'g',
    { class: 'outcome' + (linked ? ' linked' : ''), 'data-outcome': outcome.id },
    s('rect', { x, y: y - ROW / 2 + 2, width: w, height: ROW - 4, rx: 4 }),
    s('text', { x: x + 6, y: y + 4, class: 'marker' }, outcome.marker, s('title', {}, outcome.markerText)),
    label(x + 22, y + 4, outcome.label, w - 28),
  );
}

function destinationNode(destination, y, selected, onSelect) {
  const { x, w } = COLUMNS.destinations;
  const gapText = t('map.gapCount', { count: destination.gapCount });
  const scoreText = t('map.score', { score: percent(destination.score) });
  const node = s(
    'g',
    {
      class: `destination kind-${destination.kind}` + (selected ? ' selected' : ''),
      'data-destination': destination.id,
      role: 'button',
      tabindex: 0,
      'aria-pressed': selected ? 'true' : 'false',
      'aria-label': t('map.destAria', {
        label: destination.label,
        kind: t('kind.' + destination.kind),
        score: percent(destination.score),
        count: destination.gapCount,
        goal: destination.goal ? t('map.destGoal') : '',
      }),
    },
    s('title', {}, destination.label),
    s('rect', { class: 'box', x, y, width: w, height: DEST_H, rx: 6 }),
    label(x + 10, y + 18, (selected ? '▶ ' : '') + destination.label, w - (destination.goal ? 70 : 20), {
      class: 'dest-label',
    }),
    destination.goal ? s('text', { x: x + w - 8, y: y + 18, class: 'goal', 'text-anchor': 'end' }, '★ ' + t('map.goal')) : null,
    s('rect', { class: 'bar-bg', x: x + 10, y: y + 28, width: 80, height: 10, rx: 2 }),
    s('rect', { class: 'bar', x: x + 10, y: y + 28, width: Math.max(1, 80 * destination.score), height: 10, rx: 2 }),
    s('text', { x: x + 98, y: y + 38, class: 'dest-meta' }, scoreText),
    s('rect', { class: 'gap-icon', x: x + 178, y: y + 29, width: 9, height: 9 }),
    s('text', { x: x + 192, y: y + 38, class: 'dest-meta' }, gapText),
  );
  node.addEventListener('click', () => onSelect(destination));
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(destination);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const all = [...node.ownerSVGElement.querySelectorAll('g.destination')];
      const next = all[all.indexOf(node) + (event.key === 'ArrowDown' ? 1 : -1)];
      next?.focus();
    }
  });
  return node;
}

function linkPath(from, to, link, destinationId, extraClass) {
  return s('path', {
    d: curve(from.x, from.y, to.x, to.y),
    class: `link link-${link.kind} ${extraClass}`,
    'stroke-width': (1 + 4 * link.strength).toFixed(1),
    'data-link-destination': destinationId,
  });
}

/**
 * The map for model: {sourceKind, blocks: [{anchor, outcomes: [{id, label, marker, markerText,
 * anchors}]}], destinations: [{id, kind, label, score, gapCount, goal, links}], selectedId,
 * selection: {links, gap} | null}. onSelect(destination) is called on click, Enter or Space.
 */
export function drawMap(model, onSelect, ariaLabel) {
  const { outcomeY, anchorY, bottom: outcomesBottom } = layoutOutcomes(model);
  const { destY, headings, bottom: destinationsBottom } = layoutDestinations(model.destinations);
  const selection = model.selection;
  const gapItems = selection?.gap ?? [];
  const height =
    Math.max(outcomesBottom, destinationsBottom, TOP + gapItems.length * GAP_ROW + 20, TOP + 120) + 10;

  const title = s('title', { id: 'map-svg-title' }, ariaLabel);
  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'group',
    'aria-labelledby': 'map-svg-title',
    class: 'map-svg' + (selection ? ' has-selection' : ''),
  });
  svg.append(title, gapPattern());

  const anchorHeading = model.sourceKind === 'learner' ? 'map.col.experiences' : 'map.col.occupation';
  for (const [key, column] of [
    [anchorHeading, COLUMNS.anchors],
    ['map.col.outcomes', COLUMNS.outcomes],
    ['map.col.destinations', COLUMNS.destinations],
    ['map.col.gap', COLUMNS.gap],
  ]) {
    svg.append(label(column.x, 18, t(key), column.w, { class: 'column-heading' }));
  }

  const links = s('g', { class: 'links' });
  const anchorLinks = s('g', { class: 'anchor-links' });
  svg.append(anchorLinks, links);

  for (const block of model.blocks) {
    for (const outcome of block.outcomes) {
      for (const anchorId of outcome.anchors) {
        const y = anchorY.get(anchorId);
        if (y === undefined) continue;
        anchorLinks.append(
          s('path', {
            d: curve(COLUMNS.anchors.x + COLUMNS.anchors.w, y, COLUMNS.outcomes.x, outcomeY.get(outcome.id)),
            class: 'anchor-link',
          }),
        );
      }
    }
  }

  const linked = new Set(selection ? selection.links.map((link) => link.heldId) : []);
  for (const destination of model.destinations) {
    const selected = destination.id === model.selectedId;
    const destLinks = selected && selection ? selection.links : destination.links;
    for (const link of strongestPerHeld(destLinks)) {
      const y = outcomeY.get(link.heldId);
      if (y === undefined) continue;
      const path = linkPath(
        { x: COLUMNS.outcomes.x + COLUMNS.outcomes.w, y },
        { x: COLUMNS.destinations.x, y: destY.get(destination.id) + DEST_H / 2 },
        link,
        destination.id,
        selected ? 'active' : 'passive',
      );
      if (selected) links.append(path);
      else links.prepend(path);
    }
  }

  for (const block of model.blocks) {
    if (block.anchor) svg.append(anchorNode(block.anchor, anchorY.get(block.anchor.id)));
    for (const outcome of block.outcomes) {
      svg.append(outcomeNode(outcome, outcomeY.get(outcome.id), linked.has(outcome.id)));
    }
  }

  for (const heading of headings) {
    svg.append(
      s('text', { x: COLUMNS.destinations.x, y: heading.y, class: 'group-heading' },
        t(heading.kind === 'QUALIFICATION' ? 'map.qualifications' : 'map.occupations')),
    );
  }
  for (const destination of model.destinations) {
    const node = destinationNode(destination, destY.get(destination.id), destination.id === model.selectedId, onSelect);
    node.addEventListener('mouseenter', () => light(svg, destination.id));
    node.addEventListener('focus', () => light(svg, destination.id));
    node.addEventListener('mouseleave', () => light(svg, null));
    node.addEventListener('blur', () => light(svg, null));
    svg.append(node);
  }

  svg.append(gapColumn(model, destY, gapItems));
  return svg;
}

function strongestPerHeld(links) {
  const best = new Map();
  for (const link of links) {
    const known = best.get(link.heldId);
    if (!known || link.strength > known.strength) best.set(link.heldId, link);
  }
  return [...best.values()];
}

function light(svg, destinationId) {
  for (const path of svg.querySelectorAll('path.link')) {
    path.classList.toggle('lit', path.dataset.linkDestination === destinationId);
  }
}

function gapPattern() {
  return s(
    'defs',
    {},
    s(
      'pattern',
      { id: 'gap-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch' }),
    ),
  );
}

function gapColumn(model, destY, gapItems) {
  const { x, w } = COLUMNS.gap;
  const group = s('g', { class: 'gap-column' });
  if (!model.selectedId || !model.selection) {
    group.append(s('text', { x, y: TOP + 16, class: 'hint' }, t('map.gapHint')));
    return group;
  }
  const fromY = destY.get(model.selectedId) + DEST_H / 2;
  const fromX = COLUMNS.destinations.x + COLUMNS.destinations.w;
  gapItems.forEach((item, i) => {
    const y = TOP + i * GAP_ROW;
    group.append(
      s('path', { d: curve(fromX, fromY, x, y + 12), class: 'gap-link' }),
      s(
        'g',
        { class: 'gap-item', 'data-gap-outcome': item.id },
        s('rect', { x, y, width: w, height: GAP_ROW - 6, rx: 4 }),
        s('text', { x: x + 6, y: y + 16, class: 'marker' }, '✕'),
        label(x + 20, y + 16, item.label, w - 26),
        s('title', {}, `${item.label} — ${t('map.toLearn')}` + (item.support > 0 ? ` (${t('map.partly', { support: percent(item.support) })})` : '')),
      ),
    );
  });
  return group;
}

/** A legend in HTML: a sample line per link kind, and what markers and boxes mean. */
export function legend(sourceKind) {
  const sample = (kind) =>
    s(
      'svg',
      { width: 44, height: 12, 'aria-hidden': 'true', class: 'legend-sample' },
      s('path', { d: 'M2,6 L42,6', class: `link link-${kind} active`, 'stroke-width': 3 }),
    );
  return h(
    'div',
    { class: 'legend' },
    h('h3', {}, t('legend.heading')),
    h(
      'ul',
      {},
      LINK_KINDS.map((kind) => h('li', {}, sample(kind), ' ', t('match.' + kind))),
      h('li', {}, t('legend.width')),
      h('li', {}, h('span', { class: 'gap-swatch', 'aria-hidden': 'true' }), ' ', t('legend.gap')),
      h('li', {}, t(sourceKind === 'learner' ? 'legend.status' : 'legend.essential')),
    ),
  );
}
