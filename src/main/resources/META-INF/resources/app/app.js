// The analyst web app: plain DOM over the public JSON API. Every text from the API goes in as text,
// never as HTML; the only markup taken from the API is the <em> of search highlights, rebuilt here.
'use strict';

const view = document.getElementById('view');
const keyInput = document.getElementById('api-key');
keyInput.value = sessionStorage.getItem('apiKey') || '';
keyInput.addEventListener('change', () => sessionStorage.setItem('apiKey', keyInput.value));

const PALETTE = ['#dbe8fd', '#fde2cf', '#dcf3e2', '#f6dcf0', '#fff1c2', '#e0e0fa', '#d3f1f4', '#f9d9d9'];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'style') for (const [p, x] of Object.entries(v)) e.style.setProperty(p, x);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

/** Calls the API; a problem+json answer becomes an Error with its detail, in plain words. */
async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  if (keyInput.value) headers['X-API-Key'] = keyInput.value;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(options.json);
  }
  const res = await fetch(path, Object.assign({}, options, { headers }));
  const type = res.headers.get('Content-Type') || '';
  const body = res.status === 204 ? null : /application\/(problem\+)?json/.test(type) ? await res.json() : await res.text();
  if (!res.ok) {
    const detail = body && body.detail ? body.detail : `${res.status} ${res.statusText}`;
    const error = new Error(res.status === 401 ? `${detail} (enter the API key at the top)` : detail);
    Object.assign(error, { status: res.status, body });
    throw error;
  }
  return { body, res };
}

function errorBox(e) {
  return el('p', { class: 'error', role: 'alert' }, 'The request failed: ', e.message);
}

function loading() {
  return el('p', { class: 'loading' }, 'Loading…');
}

/** A search highlight: the API escaped the text and marked matches with <em>; only <em> becomes markup. */
function highlighted(html) {
  const out = el('span', { class: 'snippet' });
  const parts = String(html).split(/(<\/?em>)/);
  let inEm = false;
  for (const p of parts) {
    if (p === '<em>') inEm = true;
    else if (p === '</em>') inEm = false;
    else if (p) out.append(inEm ? el('em', {}, unescape(p)) : unescape(p));
  }
  return out;
}

function unescape(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function date(iso) {
  return iso ? iso.slice(0, 10) : 'undated';
}

function params() {
  const q = location.hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : location.hash.slice(q + 1));
}

function setParams(base, values) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== '' && v !== null && v !== undefined) p.set(k, v);
  const next = base + (p.toString() ? '?' + p : '');
  if (location.hash !== next) location.hash = next; else route();
}

function speakerLink(s) {
  return s ? el('a', { href: `#/speaker/${s.id}` }, s.name) : el('span', { class: 'meta' }, 'unknown speaker');
}

function pager(page, base, values) {
  const last = Math.max(0, Math.ceil(page.total / page.size) - 1);
  const go = n => () => setParams(base, Object.assign({}, values, { page: n }));
  return el('div', { class: 'pager' },
    el('button', { class: 'secondary', onclick: go(page.page - 1), disabled: page.page <= 0 }, 'Previous'),
    el('span', {}, `Page ${page.page + 1} of ${last + 1} (${page.total} in all)`),
    el('button', { class: 'secondary', onclick: go(page.page + 1), disabled: page.page >= last }, 'Next'));
}

// ---- Read: a pasted text or a stored article, quotes and entities marked ----------------------

/** The text with each quote marked (colour per speaker, line style per type) and entity mentions underlined. */
function annotated(text, quotes, mentions) {
  const colours = new Map();
  const colour = name => {
    const key = name || '';
    if (!colours.has(key)) colours.set(key, PALETTE[colours.size % PALETTE.length]);
    return colours.get(key);
  };
  const cuts = new Set([0, text.length]);
  quotes.forEach(q => { cuts.add(q.start); cuts.add(q.end); });
  mentions.forEach(m => { cuts.add(m.start); cuts.add(m.end); });
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = el('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(from, to));
    const m = mentions.find(x => x.start <= from && to <= x.end);
    if (m) node = el('span', { class: `entity ${m.type}`, title: `${m.name} (${m.type.toLowerCase()})` }, node);
    const q = quotes.find(x => x.start <= from && to <= x.end);
    if (q) {
      const who = q.speaker || 'unknown speaker';
      const said = `${q.type} quote by ${who}` + (q.speakerMention ? ` (“${q.speakerMention}”)` : '');
      node = el('mark', { class: `quote ${q.type}`, tabindex: 0, title: said, 'aria-label': said, 'data-speaker': who,
        style: { '--c': colour(q.speaker) } }, node);
    }
    box.append(node);
  }
  const legend = el('p', { class: 'legend' }, [...colours.entries()].map(([name, c]) =>
    el('span', {}, el('span', { class: 'swatch', style: { background: c } }), name || 'unknown speaker')));
  return [legend, el('p', { class: 'meta' }, 'Solid underline: direct · dotted: indirect · dashed: mixed. ',
    'Entities: purple person, green organisation, orange place.'), box];
}

/** Mention offsets for /api/extract, whose entities list their surface forms: each form found in the text. */
function mentionsIn(text, entities) {
  const out = [];
  for (const e of entities) {
    for (const form of new Set(e.mentions)) {
      for (let i = text.indexOf(form); i >= 0 && form; i = text.indexOf(form, i + form.length)) {
        if (!out.some(m => m.start < i + form.length && i < m.end)) out.push({ start: i, end: i + form.length, name: e.name, type: e.type });
      }
    }
  }
  return out;
}

function quoteList(quotes) {
  if (!quotes.length) return el('p', { class: 'empty' }, 'No quotes found.');
  return el('ul', { class: 'results' }, quotes.map(q => el('li', {},
    el('div', {}, `“${q.text}”`),
    el('div', { class: 'meta' }, q.type, ' · ', q.speaker && q.speaker.id ? speakerLink(q.speaker) : (q.speaker || 'unknown speaker'),
      q.speakerMention ? ` · as “${q.speakerMention}”` : ''))));
}

function readView() {
  const text = el('textarea', { id: 'read-text', 'aria-label': 'Article text', placeholder: 'Paste an article…' });
  const out = el('div', { id: 'read-result' });
  const run = async ev => {
    ev.preventDefault();
    out.replaceChildren(loading());
    try {
      const { body } = await api('/api/extract', { method: 'POST', json: { text: text.value } });
      out.replaceChildren(
        el('h2', {}, 'Topics'), body.topics.length ? el('p', { class: 'tags' }, body.topics.map(t => el('span', {}, t))) : el('p', { class: 'empty' }, 'No topic.'),
        el('h2', {}, 'Quotes and entities'), ...annotated(text.value, body.quotes, mentionsIn(text.value, body.entities)),
        el('h2', {}, 'Quotes'), quoteList(body.quotes));
    } catch (e) {
      out.replaceChildren(errorBox(e));
    }
  };
  show(el('h1', {}, 'Read an article'),
    el('form', { onsubmit: run }, text, el('p', {}, el('button', { type: 'submit', id: 'read-go' }, 'Find quotes'))),
    el('p', { class: 'meta' }, 'Or open a stored article from Search.'), out);
}

async function articleView(id) {
  show(loading());
  try {
    const { body: a } = await api(`/api/articles/${encodeURIComponent(id)}`);
    const mentions = a.entities.flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, name: e.name, type: e.type })));
    const quotes = a.quotes.map(q => Object.assign({}, q, { speaker: q.speaker ? q.speaker.name : null }));
    show(el('h1', {}, a.title || `Article ${a.id}`),
      el('p', { class: 'meta' }, [a.source, a.author, date(a.publishedAt)].filter(Boolean).join(' · '),
        a.url ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original')] : ''),
      el('h2', {}, 'Topics'),
      a.topics.length ? el('ul', { class: 'results' }, a.topics.map(t => el('li', {},
        el('a', { href: `#/topic/${t.slug}` }, t.label), ` — score ${t.score}`,
        el('div', { class: 'meta' }, t.evidence.length ? 'Scored by: ' + t.evidence.map(x => `${x.phrase} (${x.sentences} sentence${x.sentences === 1 ? '' : 's'})`).join('; ') : '')))) : el('p', { class: 'empty' }, 'No topic.'),
      el('h2', {}, 'Text'), ...annotated(a.text, quotes, mentions),
      el('h2', {}, 'Quotes'), quoteList(a.quotes));
  } catch (e) {
    show(errorBox(e));
  }
}

// ---- Search and browse -------------------------------------------------------------------------

async function searchView() {
  const p = params();
  const v = { kind: p.get('kind') || 'articles', q: p.get('q') || '', topic: p.get('topic') || '', speaker: p.get('speaker') || '',
    entity: p.get('entity') || '', source: p.get('source') || '', from: p.get('from') || '', to: p.get('to') || '',
    type: p.get('type') || '', sort: p.get('sort') || '', page: p.get('page') || '' };
  const field = (name, label, attrs = {}) => el('label', {}, label, el('input', Object.assign({ name, value: v[name] }, attrs)));
  const choice = (name, label, options) => el('label', {}, label, el('select', { name },
    options.map(([val, text]) => el('option', { value: val, selected: v[name] === val }, text))));
  const form = el('form', { class: 'filters', onsubmit: ev => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    setParams('#/search', data);
  } },
  choice('kind', 'Search', [['articles', 'Articles'], ['quotes', 'Quotes']]),
  field('q', 'Words', { type: 'search', id: 'search-q' }), field('topic', 'Topic'), field('speaker', 'Speaker'),
  field('entity', 'Entity (articles)'), field('source', 'Source (articles)'), field('from', 'From', { type: 'date' }), field('to', 'To', { type: 'date' }),
  choice('type', 'Type (quotes)', [['', 'any'], ['direct', 'direct'], ['indirect', 'indirect'], ['mixed', 'mixed']]),
  choice('sort', 'Sort (articles)', [['', 'newest'], ['publishedAt', 'oldest'], ['-ingestedAt', 'last ingested']]),
  el('button', { type: 'submit', id: 'search-go' }, 'Search'));
  const out = el('div', { id: 'search-result' }, loading());
  show(el('h1', {}, 'Search and browse'), form, out);
  const query = new URLSearchParams();
  const keep = v.kind === 'quotes' ? ['q', 'topic', 'speaker', 'from', 'to', 'type', 'page'] : ['q', 'topic', 'speaker', 'entity', 'source', 'from', 'to', 'sort', 'page'];
  keep.forEach(k => { if (v[k]) query.set(k, v[k]); });
  try {
    const { body } = await api(`/api/${v.kind}?${query}`);
    if (!body.items.length) {
      out.replaceChildren(el('p', { class: 'empty' }, body.total === 0 && !v.q && !v.topic && !v.speaker
        ? 'No articles yet — ingest one on the Ingest page (dev mode loads three samples).' : 'Nothing matches these filters.'));
      return;
    }
    const items = v.kind === 'quotes'
      ? body.items.map(q => el('li', {}, el('div', {}, q.highlight ? highlighted(q.highlight) : `“${q.text}”`),
        el('div', { class: 'meta' }, q.type, ' · ', speakerLink(q.speaker), ' · ', date(q.publishedAt), ' · ',
          el('a', { href: `#/article/${q.articleId}` }, q.articleTitle || `article ${q.articleId}`))))
      : body.items.map(a => el('li', {}, el('a', { href: `#/article/${a.id}` }, a.title || `Article ${a.id}`),
        a.highlight ? el('div', {}, highlighted(a.highlight)) : null,
        el('div', { class: 'meta' }, [a.source, date(a.publishedAt)].filter(Boolean).join(' · '), a.topics.length ? ' · ' + a.topics.join(', ') : '')));
    out.replaceChildren(el('ul', { class: 'results' }, items), pager(body, '#/search', v));
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}

// ---- Speakers ------------------------------------------------------------------------------------

async function speakersView() {
  const p = params();
  const v = { topic: p.get('topic') || '', from: p.get('from') || '', to: p.get('to') || '', page: p.get('page') || '' };
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); setParams('#/speakers', Object.fromEntries(new FormData(form).entries())); } },
    el('label', {}, 'Topic', el('input', { name: 'topic', value: v.topic })),
    el('label', {}, 'From', el('input', { name: 'from', type: 'date', value: v.from })),
    el('label', {}, 'To', el('input', { name: 'to', type: 'date', value: v.to })),
    el('button', { type: 'submit' }, 'Show'));
  const out = el('div', {}, loading());
  show(el('h1', {}, 'Who is quoted most'), form, out);
  try {
    const query = new URLSearchParams(Object.entries(v).filter(([, x]) => x));
    const { body } = await api(`/api/speakers?${query}`);
    out.replaceChildren(body.items.length ? el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'Speaker'), el('th', {}, 'Quotes'), el('th', {}, 'Articles'), el('th', {}, 'Last quoted'))),
      el('tbody', {}, body.items.map(s => el('tr', {}, el('td', {}, speakerLink(s)), el('td', {}, s.quoteCount),
        el('td', {}, s.articleCount), el('td', {}, date(s.lastQuoted)))))) : el('p', { class: 'empty' }, 'No speakers yet — ingest articles first.'),
    body.items.length ? pager(body, '#/speakers', v) : '');
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}

/** The start of a quote's month ("2024-03-01") or ISO week (its Monday), from its publication time. */
function bucketOf(iso, interval) {
  const d = new Date(iso);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
  else d.setUTCDate(1);
  return d.toISOString().slice(0, 10);
}

/** Quotes per month or week: one series of all the speaker's quotes and one per topic. */
function quotesChart(target, rows, id, interval) {
  const months = [...new Set(rows.map(r => r.month))].sort();
  const topics = [...new Set(rows.map(r => r.topic))].sort();
  const xs = months.map(m => Date.parse(m + 'T00:00:00Z') / 1000);
  const series = topics.map(t => months.map(m => rows.filter(r => r.month === m && r.topic === t).length));
  const colours = ['#1f5fbf', '#c0661d', '#2f8a4c', '#b04a9f', '#6b6b6b'];
  const width = Math.max(300, Math.min(900, target.clientWidth || 600));
  const plot = new uPlot({ width, height: 240, title: `Quotes per ${interval} by topic`,
    series: [{}].concat(topics.map((t, i) => ({ label: t, stroke: colours[i % colours.length], points: { show: true, size: 7 } }))),
    axes: [{}, { label: 'quotes' }], scales: { x: { time: true } } }, [xs, ...series], target);
  target.dataset.points = String(series.reduce((n, s) => n + s.filter(x => x > 0).length, 0));
  target.id = id;
  return plot;
}

async function speakerView(id) {
  const interval = params().get('interval') === 'week' ? 'week' : 'month';
  show(loading());
  try {
    const [{ body: s }, { body: quotes }] = await Promise.all([
      api(`/api/speakers/${encodeURIComponent(id)}`),
      api(`/api/speakers/${encodeURIComponent(id)}/quotes?size=20&page=${params().get('page') || 0}`)]);
    // one export per topic the speaker is quoted on, and one of everything
    const series = [{ slug: 'all quotes' }].concat(s.topics);
    const exports = await Promise.all(series.map(t => api(`/api/quotes/export?speaker=${encodeURIComponent(id)}`
      + (t.quoteCount === undefined ? '' : `&topic=${encodeURIComponent(t.slug)}`), { headers: { Accept: 'application/x-ndjson' } })));
    const chart = el('div', { class: 'chart' });
    const merge = el('form', { class: 'filters', onsubmit: async ev => {
      ev.preventDefault();
      const other = new FormData(merge).get('other');
      if (!other || !confirm(`Merge entity ${other} into ${s.name}? Its mentions and quotes move here and it is removed.`)) return;
      try {
        await api(`/api/entities/${s.id}/merge`, { method: 'POST', json: { otherId: Number(other) } });
        speakerView(id);
      } catch (e) {
        merge.append(errorBox(e));
      }
    } }, el('label', {}, 'Entity id that is the same', el('input', { name: 'other', inputmode: 'numeric', size: 8 })),
    el('button', { type: 'submit', class: 'secondary' }, 'Merge into this speaker'));
    show(el('h1', {}, s.name),
      el('p', { class: 'meta' }, `${s.type.toLowerCase()} · ${s.quoteCount} quotes in ${s.articleCount} articles · ${date(s.firstQuoted)} to ${date(s.lastQuoted)}`),
      el('h2', {}, 'Over time'), el('p', {}, ['week', 'month'].map(i => el('a', { href: `#/speaker/${id}?interval=${i}`,
        style: { 'margin-right': '.75rem' }, 'aria-current': i === interval ? 'true' : null }, i))), chart,
      el('h2', {}, 'Topics'), s.topics.length ? el('p', { class: 'tags' }, s.topics.map(t => el('span', {}, `${t.slug} (${t.quoteCount})`))) : el('p', { class: 'empty' }, 'No topic.'),
      el('h2', {}, 'Named alongside'), el('p', { class: 'tags' }, s.coMentioned.map(c => el('span', {}, `${c.name} (${c.sharedArticles})`))),
      el('h2', {}, 'Quotes'), quoteList(quotes.items), pager(quotes, `#/speaker/${id}`, { interval }),
      el('h2', {}, 'Merge'), merge);
    const rows = [];
    exports.forEach(({ body }, i) => String(body).split('\n').filter(Boolean).forEach(line => {
      const at = JSON.parse(line).publishedAt;
      if (at) rows.push({ month: bucketOf(at, interval), topic: series[i].slug });
    }));
    if (rows.length) quotesChart(chart, rows, 'speaker-chart', interval);
    else chart.append(el('p', { class: 'empty' }, 'No dated quotes to chart.'));
  } catch (e) {
    show(errorBox(e));
  }
}

// ---- Topics --------------------------------------------------------------------------------------

/** "1 phrase" lines ("weight phrase", weight optional) to the API's phrase list, and back. */
function phrasesFrom(text) {
  return text.split('\n').map(l => l.trim()).filter(Boolean).map(l => {
    const m = l.match(/^(\d+(?:\.\d+)?)\s+(.*)$/);
    return m ? { phrase: m[2], weight: Number(m[1]) } : { phrase: l, weight: 1 };
  });
}

function topicForm(topic, onDone) {
  const form = el('form', { onsubmit: async ev => {
    ev.preventDefault();
    const d = new FormData(form);
    const body = { slug: d.get('slug'), label: d.get('label'), description: d.get('description'),
      phrases: phrasesFrom(d.get('phrases')), negativePhrases: String(d.get('negative')).split('\n').map(x => x.trim()).filter(Boolean) };
    try {
      const { body: change } = topic
        ? await api(`/api/topics/${topic.slug}`, { method: 'PUT', json: body })
        : await api('/api/topics', { method: 'POST', json: body });
      onDone(change);
    } catch (e) {
      form.append(errorBox(e));
    }
  } },
  el('p', {}, el('label', {}, 'Slug ', el('input', { name: 'slug', value: topic ? topic.slug : '', readonly: !!topic, required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' }))),
  el('p', {}, el('label', {}, 'Label ', el('input', { name: 'label', value: topic ? topic.label : '', required: true }))),
  el('p', {}, el('label', {}, 'Description ', el('input', { name: 'description', value: topic ? topic.description : '', size: 50 }))),
  el('p', {}, el('label', {}, 'Phrases, one a line, an optional weight first (“0.5 gas supply”): words, word* any ending, (a|b) alternatives, _ any word',
    el('textarea', { name: 'phrases' }, topic ? topic.phrases.map(p => `${p.weight} ${p.phrase}`).join('\n') : ''))),
  el('p', {}, el('label', {}, 'Negative phrases, one a line', el('textarea', { name: 'negative', style: { 'min-height': '4rem' } },
    topic ? topic.negativePhrases.join('\n') : ''))),
  el('button', { type: 'submit' }, topic ? 'Save changes' : 'Define topic'));
  return form;
}

async function topicsView() {
  show(loading());
  try {
    const { body } = await api('/api/topics');
    show(el('h1', {}, 'Topics'),
      el('ul', { class: 'results' }, body.map(t => el('li', {}, el('a', { href: `#/topic/${t.slug}` }, t.label),
        el('div', { class: 'meta' }, `${t.articleCount} articles`, t.builtIn ? ' · built in' : '', ' · ', t.description)))),
      el('h2', {}, 'Define a topic'), topicForm(null, change => { location.hash = `#/topic/${change.topic.slug}`; }));
  } catch (e) {
    show(errorBox(e));
  }
}

async function topicView(slug) {
  const interval = params().get('interval') || 'month';
  show(loading());
  try {
    const [{ body: t }, { body: buckets }, { body: speakers }] = await Promise.all([
      api(`/api/topics/${encodeURIComponent(slug)}`),
      api(`/api/topics/${encodeURIComponent(slug)}/timeline?interval=${interval}`),
      api(`/api/topics/${encodeURIComponent(slug)}/speakers?size=10`)]);
    const chart = el('div', { class: 'chart', id: 'topic-chart' });
    const status = el('p', { class: 'meta', role: 'status' });
    show(el('h1', {}, t.label), el('p', { class: 'meta' }, t.description, t.builtIn ? ' · built in' : ''),
      el('p', {}, ['day', 'week', 'month'].map(i => el('a', { href: `#/topic/${slug}?interval=${i}`, style: { 'margin-right': '.75rem' },
        'aria-current': i === interval ? 'true' : null }, i))),
      chart,
      el('h2', {}, 'Top speakers'), speakers.items.length ? el('ul', { class: 'results' }, speakers.items.map(s =>
        el('li', {}, speakerLink(s), ` — ${s.quoteCount} quotes`))) : el('p', { class: 'empty' }, 'Nobody is quoted on this topic yet.'),
      el('h2', {}, 'Definition'), status,
      topicForm(t, change => { status.textContent = `Saved; stored articles are being classified again (job ${change.job.id}).`; }),
      t.builtIn ? '' : el('p', {}, el('button', { class: 'secondary', onclick: async () => {
        if (!confirm(`Remove the topic “${t.label}”?`)) return;
        try { await api(`/api/topics/${slug}`, { method: 'DELETE' }); location.hash = '#/topics'; } catch (e) { status.replaceChildren(errorBox(e)); }
      } }, 'Remove topic')));
    if (buckets.length) {
      const xs = buckets.map(b => Date.parse(b.start + 'T00:00:00Z') / 1000);
      new uPlot({ width: Math.max(300, Math.min(900, chart.clientWidth || 600)), height: 240, title: `Articles and quotes per ${interval}`,
        series: [{}, { label: 'articles', stroke: '#1f5fbf', points: { show: true, size: 7 } }, { label: 'quotes', stroke: '#c0661d', points: { show: true, size: 7 } }],
        scales: { x: { time: true } } }, [xs, buckets.map(b => b.articles), buckets.map(b => b.quotes)], chart);
      chart.dataset.points = String(buckets.length);
    } else {
      chart.append(el('p', { class: 'empty' }, 'No dated articles on this topic yet.'));
    }
  } catch (e) {
    show(errorBox(e));
  }
}

// ---- Ingest --------------------------------------------------------------------------------------

function outcomes(items) {
  return el('table', { id: 'ingest-outcome' }, el('thead', {}, el('tr', {}, el('th', {}, 'Item'), el('th', {}, 'Outcome'), el('th', {}, 'Article'), el('th', {}, 'Reason'))),
    el('tbody', {}, items.map(i => el('tr', {}, el('td', {}, i.index), el('td', {}, i.status),
      el('td', {}, i.id ? el('a', { href: `#/article/${i.id}` }, `#${i.id}`) : ''), el('td', {}, i.reason || '')))));
}

function ingestView() {
  const single = el('form', {},
    el('p', {}, el('label', {}, 'Title ', el('input', { name: 'title', size: 50 }))),
    el('p', {}, el('label', {}, 'URL ', el('input', { name: 'url', type: 'url', size: 50 }))),
    el('p', {}, el('label', {}, 'Source ', el('input', { name: 'source' })), ' ',
      el('label', {}, 'Published ', el('input', { name: 'publishedAt', type: 'date' }))),
    el('textarea', { name: 'text', 'aria-label': 'Article text', required: true, placeholder: 'Article text' }),
    el('p', {}, el('button', { type: 'submit' }, 'Store article')));
  const batch = el('form', {}, el('p', {}, el('label', {}, 'A JSON array of articles or NDJSON, one article a line: ',
    el('input', { type: 'file', name: 'file', id: 'ingest-file', accept: '.json,.ndjson,.jsonl,application/json' }))),
  el('p', {}, el('button', { type: 'submit', id: 'ingest-batch' }, 'Store batch')));
  const result = el('div', { id: 'ingest-result', 'aria-live': 'polite' });
  single.addEventListener('submit', async ev => {
    ev.preventDefault();
    const d = Object.fromEntries([...new FormData(single).entries()].filter(([, x]) => x));
    result.replaceChildren(loading());
    try {
      const { body, res } = await api('/api/articles', { method: 'POST', json: d });
      result.replaceChildren(el('p', {}, res.status === 201 ? 'Stored as ' : 'Already stored as ', el('a', { href: `#/article/${body.id}` }, `article ${body.id}`),
        ` with ${body.quotes.length} quotes.`));
    } catch (e) {
      result.replaceChildren(errorBox(e));
    }
  });
  batch.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = new FormData(batch).get('file');
    if (!file || !file.size) return;
    const text = await file.text();
    const ndjson = !text.trim().startsWith('[');
    result.replaceChildren(loading());
    try {
      const { body } = await api('/api/articles/batch', { method: 'POST', body: text, headers: { 'Content-Type': ndjson ? 'application/x-ndjson' : 'application/json' } });
      result.replaceChildren(outcomes(body.items));
    } catch (e) {
      result.replaceChildren(errorBox(e));
    }
  });
  const bar = el('progress', { id: 'reextract-progress', max: 1, value: 0 });
  const label = el('p', { class: 'meta', role: 'status', id: 'reextract-status' });
  const reextract = el('button', { class: 'secondary', id: 'reextract', onclick: async () => {
    try {
      // a 409 answers with the job already running, which is followed the same way
      let job = await api('/api/articles/reextract', { method: 'POST' }).then(r => r.body, e => {
        if (e.status !== 409) throw e;
        return e.body;
      });
      while (job.status === 'queued' || job.status === 'running') {
        bar.max = Math.max(1, job.total); bar.value = job.done + job.failed;
        label.textContent = `${job.status}: ${job.done} of ${job.total} done, ${job.failed} failed`;
        await new Promise(r => setTimeout(r, 500));
        job = (await api(`/api/jobs/${job.id}`)).body;
      }
      bar.max = Math.max(1, job.total); bar.value = job.total ? job.done + job.failed : 1;
      label.textContent = `${job.status}: ${job.done} of ${job.total} done, ${job.failed} failed`;
    } catch (e) {
      label.replaceChildren(errorBox(e));
    }
  } }, 'Re-extract all stored articles');
  show(el('h1', {}, 'Ingest'), el('h2', {}, 'One article'), single, el('h2', {}, 'A batch'), batch, result,
    el('h2', {}, 'Re-extraction'), el('p', {}, reextract), bar, label);
}

// ---- Routing -------------------------------------------------------------------------------------

const routes = { read: readView, article: articleView, search: searchView, speakers: speakersView, speaker: speakerView,
  topics: topicsView, topic: topicView, ingest: ingestView };

function route() {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  const [page, arg] = path.split('/');
  const render = routes[page] || readView;
  document.querySelectorAll('nav a').forEach(a => {
    const target = a.getAttribute('href').slice(2);
    if (target === page || (target === 'speakers' && page === 'speaker') || (target === 'topics' && page === 'topic')
      || (target === 'search' && page === 'article')) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  render(arg ? decodeURIComponent(arg) : undefined);
  view.focus();
}

window.addEventListener('hashchange', route);
route();
