'use strict';
// The page follows the server's builds: at each change it reads /api/state again and
// draws what changed. Text from the project is only ever set as text, never as HTML.

let state = null;

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// A file under the output folder, with its hash: a new build's file is a new address.
function url(file) {
  return '/out/' + file.path.split('/').map(encodeURIComponent).join('/') + '?h=' + file.hash;
}

function documents() {
  return state.dossiers.flatMap((d) => d.documents);
}

// The document the address names, or the first; `missing` when it names one no longer built.
function chosen() {
  let want = '';
  try { want = decodeURIComponent(location.hash.slice(1)); } catch (e) { want = location.hash.slice(1); }
  const all = documents();
  const found = all.find((d) => d.pdf.path === want);
  return { doc: found || all[0] || null, missing: want && !found ? want : null };
}

function drawStatus() {
  const status = document.getElementById('status');
  const busy = state.building;
  status.className = busy ? 'busy' : '';
  const time = new Date().toLocaleTimeString('vi-VN');
  const kept = documents().length ? '; đang hiện bản dựng tốt gần nhất' : '';
  if (busy) status.textContent = 'Đang dựng lại…';
  else if (state.errors.length) status.textContent = `Lần dựng lúc ${time} có ${state.errors.length} lỗi${kept}`;
  else status.textContent = `Đã dựng lúc ${time}` + (state.summary ? ` — ${state.summary}` : '');
}

// Whether the reader opened or closed the warnings; until then, open when few.
let warningsOpen = null;

function drawProblems() {
  const box = document.getElementById('problems');
  box.replaceChildren();
  if (state.errors.length) {
    const kept = documents().length ? ' Các trang bên dưới là của lần dựng tốt gần nhất.' : '';
    box.append(el('p', { class: 'kept' }, `Chưa dựng được: sửa các lỗi dưới đây.${kept}`));
    const errors = el('div', { class: 'error' });
    errors.append(el('h2', {}, `Lỗi (${state.errors.length})`));
    for (const text of state.errors) errors.append(el('pre', {}, text));
    box.append(errors);
  }
  if (state.warnings.length) {
    const warnings = el('details', { class: 'warning' });
    warnings.open = warningsOpen === null ? state.warnings.length <= 3 : warningsOpen;
    warnings.append(el('summary', {}, `Cảnh báo (${state.warnings.length})`));
    for (const text of state.warnings) warnings.append(el('pre', {}, text));
    warnings.addEventListener('toggle', () => { warningsOpen = warnings.open; });
    box.append(warnings);
  }
}

function drawList(doc) {
  const nav = document.getElementById('documents');
  nav.replaceChildren();
  for (const dossier of state.dossiers) {
    const head = el('h2', { title: dossier.path }, dossier.title || dossier.path);
    if (dossier.title) head.append(el('small', {}, dossier.path));
    nav.append(head);
    let label = null;
    for (const d of dossier.documents) {
      // The documents of one kind under its name, in the award cycle's order.
      if (d.label && d.label !== label) nav.append(el('h3', {}, d.label));
      label = d.label;
      const a = el('a', { href: '#' + encodeURIComponent(d.pdf.path) }, d.name);
      a.append(el('span', { class: 'pages' }, d.pages.length ? `${d.pages.length} tr.` : ''));
      if (doc && d.pdf.path === doc.pdf.path) a.setAttribute('aria-current', 'page');
      nav.append(a);
    }
  }
  if (!state.dossiers.length) nav.append(el('p', { class: 'empty' }, state.building ? 'Đang dựng…' : 'Chưa có văn bản nào.'));
}

function drawDocument(doc, missing) {
  const box = document.getElementById('document');
  if (!doc) {
    box.replaceChildren();
    return;
  }
  // Pages already shown keep their image when their file did not change.
  const old = new Map([...box.querySelectorAll('img.page')].map((img) => [img.getAttribute('src'), img]));
  const parts = [];
  if (doc.label) parts.push(el('p', { class: 'label' }, doc.label));
  if (missing) {
    const name = missing.split('/').pop();
    parts.push(el('p', { class: 'missing' }, `Lần dựng này không còn văn bản ${name} (có thể đã đổi số hoặc đổi tên); chọn văn bản ở bên trái.`));
  }
  const head = el('div', { class: 'head' });
  head.append(el('h1', {}, doc.name));
  const files = el('div', { class: 'files' });
  files.append(el('a', { href: url(doc.pdf), target: '_blank', rel: 'noopener' }, 'Mở PDF'));
  for (const c of doc.copies) {
    const what = c.path.endsWith('.docx') ? 'Tải Word' : 'Tải Excel';
    files.append(el('a', { href: url(c), download: '' }, `${what} (${c.path.split('/').pop()})`));
  }
  head.append(files);
  parts.push(head);
  // A document of a page per file (certificates, báo cáo thành tích) names each page.
  const own = doc.pdf.path.replace(/\.pdf$/, '');
  doc.pages.forEach((p, i) => {
    const src = url(p);
    const stem = p.path.split('/').pop().replace(/\.(svg|png)$/, '');
    const named = !p.path.startsWith(own + '-') && p.path.startsWith(own + '/');
    const caption = `Trang ${i + 1}/${doc.pages.length}` + (named ? ` · ${stem}` : '');
    const img = old.get(src) || el('img', { class: 'page', src, alt: `Trang ${i + 1} của ${doc.name}` });
    parts.push(img, el('p', { class: 'page-number' }, caption));
  });
  if (!doc.pages.length) parts.push(el('p', { class: 'empty' }, 'Văn bản này chưa có hình trang.'));
  box.replaceChildren(...parts);
}

function draw() {
  if (!state) return;
  const { doc, missing } = chosen();
  drawStatus();
  drawProblems();
  drawList(doc);
  drawDocument(doc, missing);
}

let reading = null;
async function refresh() {
  // One read at a time; a change during it reads once more after.
  if (reading) { reading.again = true; return; }
  reading = { again: false };
  try {
    const r = await fetch('/api/state', { cache: 'no-store' });
    if (r.ok) { state = await r.json(); draw(); }
  } catch (e) {
    document.getElementById('status').textContent = 'Mất kết nối với thidua serve; đang thử lại…';
  }
  const again = reading.again;
  reading = null;
  if (again) refresh();
}

const events = new EventSource('/events');
events.onmessage = refresh;
events.onerror = () => {
  document.getElementById('status').textContent = 'Mất kết nối với thidua serve; đang thử lại…';
};
window.addEventListener('hashchange', () => { draw(); window.scrollTo(0, 0); });
refresh();
