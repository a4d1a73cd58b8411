// Render a CSL-JSON file and a BibTeX file with citation-js (citeproc-js), as reference managers do.
// usage: node render.js CITE.json CITE.bib STYLE_NAME=STYLE.csl ...   -> JSON {style: {json, bib}} on stdout
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');
require('@citation-js/plugin-bibtex');
const fs = require('fs');

const [jsonPath, bibPath, ...styles] = process.argv.slice(2);
const templates = plugins.config.get('@csl').templates;
const fromJson = new Cite(JSON.parse(fs.readFileSync(jsonPath, 'utf8')));
const fromBib = new Cite(fs.readFileSync(bibPath, 'utf8'));
const out = { parsed: { json: fromJson.data, bib: fromBib.data } };
for (const arg of styles) {
  const [name, file] = arg.split('=');
  templates.add(name, fs.readFileSync(file, 'utf8'));
  const opts = { format: 'text', template: name, lang: 'en-US' };
  out[name] = { json: fromJson.format('bibliography', opts).trim(), bib: fromBib.format('bibliography', opts).trim() };
}
process.stdout.write(JSON.stringify(out));
