// GraphQL over HTTP against the app that served this page. Every request goes through graphql(),
// which adds the signed-in user's Authorization header and turns failures into ApiError codes
// the page can explain in the user's language.

import { authorizationHeaders } from './session.js';

const ENDPOINT = new URL('../graphql', import.meta.url);

export class ApiError extends Error {
  constructor(code, detail) {
    super(detail || code);
    this.code = code;
  }
}

const CLASSIFICATIONS = {
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  BAD_REQUEST: 'badRequest',
};

// A 503 with Retry-After means the server did nothing and asks for the same request again later
// (a sign-in whose password check is still running on a busy server); a few such waits are
// silent, then the page says what happened.
const MAX_ATTEMPTS = 4;

export async function graphql(query, variables) {
  for (let attempt = 1; ; attempt++) {
    const response = await send(query, variables);
    const wait = Number(response.headers.get('Retry-After'));
    if (response.status === 503 && wait > 0 && attempt < MAX_ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      continue;
    }
    return answer(response);
  }
}

async function send(query, variables) {
  try {
    return await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        // Marks the request as a script's, so a server that asks for Basic credentials answers 401
        // without the challenge that would open the browser's own login dialog over the page.
        'X-Requested-With': 'XMLHttpRequest',
        ...authorizationHeaders(),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('network', error.message);
  }
}

async function answer(response) {
  if (response.status === 401) throw new ApiError('unauthorized');
  if (response.status === 403) throw new ApiError('forbidden');
  if (response.status === 429) throw new ApiError('throttled', response.headers.get('Retry-After'));
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('server', 'HTTP ' + response.status);
  }
  const error = body?.errors?.[0];
  if (error) {
    const classification = error.extensions?.classification;
    throw new ApiError(CLASSIFICATIONS[classification] ?? 'server', error.message);
  }
  if (!response.ok || !body?.data) throw new ApiError('server', 'HTTP ' + response.status);
  return body.data;
}

const SEARCH = `query mapSearch($text: String!, $lang: String) {
  searchOccupations(text: $text, language: $lang, first: 10) {
    edges { node { id label(language: $lang) altLabels(language: $lang) iscoGroup { code } } }
  }
}`;

const OCCUPATION = `query mapOccupation($id: ID!, $lang: String) {
  occupation(id: $id) {
    id
    label(language: $lang)
    iscoGroup { code label(language: $lang) }
    outcomes { importance outcome { id label(language: $lang) } }
  }
}`;

const LEARNER = `query mapLearner($id: ID!, $lang: String) {
  learner(id: $id) {
    id
    displayName
    goals { id kind label(language: $lang) }
    experiences { id kind context title organisation }
    claims { id status proficiency outcome { id label(language: $lang) } supportedBy { id } }
  }
}`;

const DESTINATION_FIELDS = `
  totalCount
  edges {
    node {
      to { id kind label(language: $lang) }
      score
      strongestTransfers(first: 5) { held { id } required { id } kind strength }
      gap(first: 50) { outcome { id } }
    }
  }`;

const DESTINATIONS = `query mapDestinations($from: TransferSourceInput!, $lang: String) {
  transitions(from: $from, first: 10) { ${DESTINATION_FIELDS} }
  qualificationTransitions(from: $from, first: 4) { ${DESTINATION_FIELDS} }
}`;

const EXPLANATION = `query mapExplanation(
  $from: TransferSourceInput!, $to: TransferTargetInput!, $routeTo: ID!, $withRoutes: Boolean!, $lang: String
) {
  transfer(from: $from, to: $to) {
    from { id kind label(language: $lang) }
    to { id kind label(language: $lang) }
    score
    parts { essentialCoverage optionalCoverage essentialCount optionalCount }
    matches {
      required { id label(language: $lang) }
      held { id label(language: $lang) }
      importance kind strength contribution similarity
      path { text(language: $lang) }
    }
    areas {
      area { id code label(language: $lang) }
      requiredCount supportedCount coveredCount coverage
      matches(first: 3) { required { id label(language: $lang) } held { id label(language: $lang) } }
    }
    gap { outcome { id label(language: $lang) } weight support }
    offers {
      opportunity { id label(language: $lang) provider opportunityType mode durationHours }
      closes { id label(language: $lang) }
    }
    units { id code label outcomeCount coveredCount covered missing { id label(language: $lang) } }
  }
  routes(from: $from, to: $routeTo, maxSteps: 3, first: 3) @include(if: $withRoutes) {
    cost
    directScore
    steps {
      to { id label(language: $lang) }
      score
      gap(first: 5) { outcome { id label(language: $lang) } }
      offers { opportunity { id label(language: $lang) } }
    }
  }
}`;

const ME = `query mapMe {
  me { name learner { id displayName } grantsReceived { learnerId learnerName role } }
}`;

/** Who the credentials belong to, and the learners whose maps they may open. */
export async function me() {
  return (await graphql(ME, {})).me;
}

export async function searchOccupations(text, lang) {
  const data = await graphql(SEARCH, { text, lang });
  return data.searchOccupations.edges.map((edge) => edge.node);
}

export async function occupation(id, lang) {
  return (await graphql(OCCUPATION, { id, lang })).occupation;
}

export async function learner(id, lang) {
  return (await graphql(LEARNER, { id, lang })).learner;
}

/** The best-fitting occupations and qualifications, each with its strongest transfers and gap. */
export async function destinations(from, lang) {
  const data = await graphql(DESTINATIONS, { from, lang });
  const nodes = (connection) => connection.edges.map((edge) => edge.node);
  return [...nodes(data.transitions), ...nodes(data.qualificationTransitions)];
}

/** The full transfer to one destination and, for an occupation, the routes to it. */
export async function explanation(from, destination, lang) {
  const isOccupation = destination.kind === 'OCCUPATION';
  const to = isOccupation ? { occupationId: destination.id } : { qualificationId: destination.id };
  const data = await graphql(EXPLANATION, {
    from,
    to,
    routeTo: destination.id,
    withRoutes: isOccupation,
    lang,
  });
  return { transfer: data.transfer, routes: data.routes ?? [] };
}

const SUGGEST = `query mapSuggest($text: String!, $lang: String, $learnerId: ID) {
  suggestOutcomes(text: $text, language: $lang, learnerId: $learnerId, first: 10) {
    method notice
    suggestions {
      outcome { id } strength phrase label description reuseLevel alreadyClaimed
    }
  }
}`;

const ACCEPT = `mutation mapAccept($learnerId: ID!, $experienceId: ID!, $suggestions: [AcceptedSuggestionInput!]!) {
  acceptSuggestedClaims(learnerId: $learnerId, experienceId: $experienceId, input: { suggestions: $suggestions }) { id }
}`;

/** The outcomes recognised in a learner's own words; nothing is written. */
export async function suggestOutcomes(text, lang, learnerId) {
  return (await graphql(SUGGEST, { text, lang, learnerId })).suggestOutcomes;
}

/** Accepts suggestions ({outcomeId, note}) as self-assessed claims learned in one experience. */
export async function acceptSuggestedClaims(learnerId, experienceId, suggestions) {
  return (await graphql(ACCEPT, { learnerId, experienceId, suggestions })).acceptSuggestedClaims;
}
