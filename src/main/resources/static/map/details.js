// The explanation of one destination in HTML: what carries over and by which path, the gap, the
// offers that close it, unit coverage for a qualification, and the routes through stepping stones.

import { h } from './dom.js';
import { t, percent, decimal, list } from './strings.js';

function matchesTable(transfer) {
  if (transfer.matches.length === 0) return h('p', {}, t('details.noMatches'));
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'matches' },
      h('caption', {}, t('details.matchesCaption', { to: transfer.to.label })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['details.required', 'details.held', 'details.link', 'details.strength', 'details.path'].map((key) =>
            h('th', { scope: 'col' }, t(key)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        transfer.matches.map((match) =>
          h(
            'tr',
            { class: 'match', 'data-kind': match.kind },
            h(
              'td',
              {},
              match.required.label,
              match.importance === 'OPTIONAL'
                ? h('span', { class: 'tag' }, t('importance.OPTIONAL'))
                : null,
            ),
            h('td', {}, match.held.label),
            h('td', {}, t('match.' + match.kind)),
            h(
              'td',
              { class: 'number' },
              h('meter', { min: 0, max: 1, value: match.strength, 'aria-hidden': 'true' }),
              ' ',
              percent(match.strength),
            ),
            h(
              'td',
              { class: 'path' },
              match.path.text,
              match.similarity != null
                ? h('span', { class: 'meta' }, ' (', t('details.similarity', { score: decimal(match.similarity) }), ')')
                : null,
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'note' }, t('details.pathLegend')),
  );
}

function areaTable(transfer) {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'areas' },
      h('caption', {}, t('details.areasCaption', { to: transfer.to.label })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['details.area', 'details.areaSupported', 'details.areaCoverage', 'details.areaExamples'].map((key) =>
            h('th', { scope: 'col' }, t(key)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        transfer.areas.map((area) =>
          h(
            'tr',
            { class: 'area', 'data-area': area.area ? area.area.id : '' },
            h('th', { scope: 'row' }, area.area ? area.area.label : t('details.areaOther')),
            h(
              'td',
              { class: 'number' },
              t('details.areaCount', { supported: area.supportedCount, total: area.requiredCount }),
            ),
            h(
              'td',
              { class: 'number' },
              h('meter', { min: 0, max: 1, value: area.coverage, 'aria-hidden': 'true' }),
              ' ',
              percent(area.coverage),
            ),
            h('td', {}, list(area.matches.map((match) => match.held.label + ' → ' + match.required.label))),
          ),
        ),
      ),
    ),
  );
}

function gapList(transfer) {
  if (transfer.gap.length === 0) return h('p', {}, t('details.noGap'));
  return h(
    'ol',
    { class: 'gap' },
    transfer.gap.map((item) =>
      h(
        'li',
        { 'data-gap-outcome': item.outcome.id },
        h('span', { class: 'gap-swatch', 'aria-hidden': 'true' }),
        ' ',
        h('strong', {}, item.outcome.label),
        ' — ',
        t('details.weight', { weight: percent(item.weight) }),
        item.support > 0 ? ['; ', t('details.support', { support: percent(item.support) })] : null,
      ),
    ),
  );
}

function offerList(transfer) {
  if (transfer.offers.length === 0) return h('p', {}, t('details.noOffers'));
  return h(
    'ul',
    { class: 'offers' },
    transfer.offers.map(({ opportunity, closes }) =>
      h(
        'li',
        { class: 'offer' },
        h('strong', {}, opportunity.label),
        h(
          'span',
          { class: 'meta' },
          ' — ',
          [
            opportunity.provider,
            opportunity.opportunityType,
            opportunity.mode,
            opportunity.durationHours ? t('details.hours', { hours: opportunity.durationHours }) : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        h('br'),
        t('details.closes', { list: list(closes.map((outcome) => outcome.label)) }),
      ),
    ),
  );
}

function unitList(transfer) {
  return h(
    'ul',
    { class: 'units' },
    transfer.units.map((unit) =>
      h(
        'li',
        {},
        h('strong', {}, [unit.code, unit.label].filter(Boolean).join(' ')),
        ': ',
        unit.covered
          ? h('span', { class: 'covered' }, '✔ ', t('details.unitCovered'))
          : [
              t('details.unitCount', { covered: unit.coveredCount, total: unit.outcomeCount }),
              unit.missing.length
                ? ['. ', t('details.unitMissing', { list: list(unit.missing.map((o) => o.label)) })]
                : null,
            ],
      ),
    ),
  );
}

function routeList(routes, sourceLabel) {
  if (routes.length === 0) return h('p', {}, t('details.noRoutes'));
  return h(
    'ol',
    { class: 'routes' },
    routes.map((route, i) =>
      h(
        'li',
        { class: 'route' },
        h(
          'p',
          { class: 'route-summary' },
          t('details.route', {
            n: i + 1,
            steps: [sourceLabel, ...route.steps.map((step) => step.to.label)].join(' → '),
            cost: decimal(route.cost),
            direct: percent(route.directScore),
          }),
        ),
        h(
          'ol',
          { class: 'steps' },
          route.steps.map((step, j) =>
            h(
              'li',
              { class: 'step' },
              h('strong', {}, step.to.label),
              ' ',
              h(
                'span',
                { class: 'tag' },
                j === route.steps.length - 1 ? t('details.destination') : t('details.steppingStone'),
              ),
              ' — ',
              t('details.stepFit', { score: percent(step.score) }),
              h('br'),
              step.gap.length
                ? t('details.stepGap', { list: list(step.gap.map((g) => g.outcome.label)) })
                : t('details.stepNoGap'),
              step.offers.length
                ? [h('br'), t('details.stepOffers', { list: list(step.offers.map((o) => o.opportunity.label)) })]
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}

/** The explanation section for {transfer, routes}; its heading can take focus. */
export function explanationSection({ transfer, routes }) {
  const parts = transfer.parts;
  return h(
    'section',
    { class: 'explanation', 'aria-labelledby': 'details-heading' },
    h(
      'h2',
      { id: 'details-heading', tabindex: '-1' },
      t('details.heading', { from: transfer.from.label, to: transfer.to.label }),
    ),
    h(
      'p',
      { class: 'score' },
      t('details.score', {
        score: percent(transfer.score),
        essential: percent(parts.essentialCoverage),
        optional: percent(parts.optionalCoverage),
      }),
    ),
    h('h3', {}, t('details.areas')),
    areaTable(transfer),
    h('h3', {}, t('details.matches')),
    matchesTable(transfer),
    h('h3', {}, t('details.gap')),
    gapList(transfer),
    h('h3', {}, t('details.offers')),
    offerList(transfer),
    transfer.units.length ? [h('h3', {}, t('details.units')), unitList(transfer)] : null,
    transfer.to.kind === 'OCCUPATION'
      ? [h('h3', {}, t('details.routes')), routeList(routes, transfer.from.label)]
      : null,
  );
}
