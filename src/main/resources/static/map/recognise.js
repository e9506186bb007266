// "Describe an experience": the learner's own words in, the learning outcomes they show out
// (suggestOutcomes), and the chosen ones accepted as self-assessed claims of one of the learner's
// experiences (acceptSuggestedClaims). Suggesting writes nothing; only the learner may accept.

import * as api from './api.js';
import { currentLanguage, percent, t } from './strings.js';
import { clear, h } from './dom.js';

const panel = {
  learner: null, // {id, experiences}
  text: '',
  answer: null,
  chosen: new Set(),
  message: null, // {text, error}
  busy: false,
};

let onAccepted = () => {};

/** Shows the panel for a learner's map (or hides it with null); accepted claims call back. */
export function showRecognise(learner, accepted) {
  if (panel.learner?.id !== learner?.id) {
    Object.assign(panel, { text: '', answer: null, chosen: new Set(), message: null });
  }
  panel.learner = learner;
  onAccepted = accepted;
  render();
}

/** Draws the panel again, in the current language. */
export function renderRecognise() {
  render();
}

function explain(error) {
  const code = error instanceof api.ApiError ? error.code : 'server';
  if (code === 'forbidden') return t('recognise.onlyLearner');
  return t('error.' + code, { detail: error.message });
}

async function suggest() {
  const text = document.getElementById('recognise-text').value;
  panel.text = text;
  Object.assign(panel, { busy: true, message: { text: t('status.loading') }, answer: null });
  panel.chosen = new Set();
  render();
  try {
    panel.answer = await api.suggestOutcomes(text, currentLanguage(), panel.learner.id);
    panel.message = panel.answer.suggestions.length
      ? null
      : { text: t('recognise.none') };
  } catch (error) {
    panel.message = { text: explain(error), error: true };
  }
  panel.busy = false;
  render();
  document.getElementById('recognise-results')?.focus({ preventScroll: true });
}

async function accept() {
  const experienceId = document.getElementById('recognise-experience').value;
  const byId = new Map(panel.answer.suggestions.map((s) => [s.outcome.id, s]));
  const suggestions = [...panel.chosen].map((id) => ({ outcomeId: id, note: byId.get(id).phrase }));
  Object.assign(panel, { busy: true, message: { text: t('status.loading') } });
  render();
  try {
    const claims = await api.acceptSuggestedClaims(panel.learner.id, experienceId, suggestions);
    for (const id of panel.chosen) byId.get(id).alreadyClaimed = true;
    panel.chosen = new Set();
    panel.message = { text: t('recognise.accepted', { count: claims.length }) };
    panel.busy = false;
    render();
    onAccepted();
  } catch (error) {
    Object.assign(panel, { busy: false, message: { text: explain(error), error: true } });
    render();
  }
}

function suggestionItem(suggestion) {
  const id = suggestion.outcome.id;
  const inputId = 'recognise-choose-' + id.replace(/[^A-Za-z0-9_-]/g, '_');
  return h(
    'li',
    { class: 'suggestion', 'data-suggestion': id },
    h('input', {
      type: 'checkbox',
      id: inputId,
      checked: panel.chosen.has(id),
      disabled: suggestion.alreadyClaimed || panel.busy,
      onchange: (event) => {
        if (event.target.checked) panel.chosen.add(id);
        else panel.chosen.delete(id);
        render();
      },
    }),
    h(
      'label',
      { for: inputId },
      h('span', { class: 'suggestion-label' }, suggestion.label),
      ' ',
      h('span', { class: 'meta' }, t('recognise.strength', { strength: percent(suggestion.strength) })),
      suggestion.reuseLevel
        ? h('span', { class: 'meta' }, ' · ' + t('recognise.reuse.' + suggestion.reuseLevel))
        : null,
      suggestion.alreadyClaimed ? h('span', { class: 'claimed' }, ' · ' + t('recognise.claimed')) : null,
    ),
    h('p', { class: 'why' }, t('recognise.why', { phrase: suggestion.phrase })),
    suggestion.description ? h('p', { class: 'note' }, suggestion.description) : null,
  );
}

function render() {
  const container = document.getElementById('recognise');
  if (!container) return;
  clear(container);
  container.hidden = !panel.learner;
  if (!panel.learner) return;
  const answer = panel.answer;
  container.append(
    h('h2', { id: 'recognise-heading' }, t('recognise.heading')),
    h('p', { class: 'note' }, t('recognise.intro')),
    h(
      'form',
      {
        id: 'recognise-form',
        onsubmit: (event) => {
          event.preventDefault();
          if (document.getElementById('recognise-text').value.trim()) suggest();
        },
      },
      h('label', { for: 'recognise-text' }, t('recognise.label')),
      h(
        'textarea',
        {
          id: 'recognise-text',
          rows: 4,
          maxlength: 4000,
          placeholder: t('recognise.placeholder'),
          oninput: (event) => (panel.text = event.target.value),
        },
        panel.text,
      ),
      h('button', { type: 'submit', id: 'recognise-suggest', disabled: panel.busy }, t('recognise.suggest')),
    ),
    panel.message
      ? h('p', { id: 'recognise-status', class: panel.message.error ? 'error' : 'note', role: 'status' }, panel.message.text)
      : null,
  );
  if (!answer || answer.suggestions.length === 0) return;
  const experiences = panel.learner.experiences;
  container.append(
    h(
      'div',
      { id: 'recognise-results', tabindex: '-1', 'data-method': answer.method },
      answer.notice ? h('p', { class: 'notice', id: 'recognise-notice' }, t('recognise.fullText')) : null,
      h('ol', { class: 'suggestions' }, answer.suggestions.map(suggestionItem)),
      experiences.length
        ? h(
            'div',
            { class: 'accept' },
            h('label', { for: 'recognise-experience' }, t('recognise.experience')),
            h(
              'select',
              { id: 'recognise-experience' },
              experiences.map((experience) => h('option', { value: experience.id }, experience.title)),
            ),
            h(
              'button',
              {
                type: 'button',
                id: 'recognise-accept',
                disabled: panel.busy || panel.chosen.size === 0,
                onclick: accept,
              },
              t('recognise.accept', { count: panel.chosen.size }),
            ),
          )
        : h('p', { class: 'note' }, t('recognise.noExperience')),
    ),
  );
}
