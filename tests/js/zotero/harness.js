// Run Zotero's "Embedded Metadata" web translator (and the "RDF" import translator it loads) on a saved
// page, outside Zotero: the small part of Zotero's translation framework they call is stood in for here.
// usage: node harness.js PAGE.html URL   -> the item Zotero would save, as JSON on stdout
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { JSDOM } = require('jsdom');
const xpath = require('xpath'); // jsdom's own document.evaluate overflows its stack on '//' paths

const [pagePath, url, translators] = process.argv.slice(2);  // translators: a zotero/translators checkout

// A translator file is a JSON header, then code.
function code(name) {
	const text = fs.readFileSync(path.join(translators, name), 'utf8');
	return text.slice(text.indexOf('\n}\n') + 3);
}

// Zotero's item types and the fields and creator types this check needs (zotero/zotero schema.json).
const ITEM_TYPES = ['artwork', 'audioRecording', 'bill', 'blogPost', 'book', 'bookSection', 'case', 'computerProgram',
	'conferencePaper', 'dataset', 'dictionaryEntry', 'document', 'email', 'encyclopediaArticle', 'film', 'forumPost',
	'hearing', 'instantMessage', 'interview', 'journalArticle', 'letter', 'magazineArticle', 'manuscript', 'map',
	'newspaperArticle', 'patent', 'podcast', 'preprint', 'presentation', 'radioBroadcast', 'report', 'standard',
	'statute', 'thesis', 'tvBroadcast', 'videoRecording', 'webpage'];
const WEBPAGE_FIELDS = ['title', 'abstractNote', 'websiteTitle', 'websiteType', 'date', 'shortTitle', 'url',
	'accessDate', 'language', 'rights', 'extra'];
const BASE_FIELDS = { webpage: { publicationTitle: 'websiteTitle' } }; // base field -> the type's own field

const ZU = {
	xpath(node, expression, namespaces) {
		const found = xpath.useNamespaces(namespaces || {})(expression, node);
		return Array.isArray(found) ? found : [];
	},
	xpathText(node, xpath, namespaces, delimiter) {
		const nodes = ZU.xpath(node, xpath, namespaces);
		return nodes.length ? nodes.map(n => n.textContent).join(delimiter === undefined ? ', ' : delimiter) : null;
	},
	trimInternal: s => s.replace(/[\xA0\r\n\s]+/g, ' ').trim(),
	capitalizeTitle: s => s,
	cleanAuthor(author, type, useComma) {
		author = author.replace(/^[\s.,/[\]:]+/, '').replace(/[\s,/[\]:]+$/, '').replace(/[\s,]+/g, ' ');
		let firstName = '';
		let lastName = author;
		if (useComma) {
			[lastName, firstName] = author.split(/\s*,\s*/);
		}
		else if (author.includes(' ')) {
			const i = author.lastIndexOf(' ');
			firstName = author.slice(0, i);
			lastName = author.slice(i + 1);
		}
		return { firstName: firstName || '', lastName, creatorType: type };
	},
	strToISO: s => (s || '').match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0] || false,
	formatDate: d => [d.year, d.month, d.day].filter(Boolean).join('-'),
	cleanDOI: s => (s || '').match(/10\.\d{4,}\/\S+/)?.[0] || null,
	cleanISBN: s => s,
	cleanISSN: s => s,
	itemTypeExists: t => ITEM_TYPES.includes(t),
	fieldIsValidForType: (field, type) => type === 'webpage' ? WEBPAGE_FIELDS.includes(field) : field !== 'websiteTitle',
	getCreatorsForType: type => type === 'webpage' ? ['author', 'contributor', 'translator'] : ['author', 'editor'],
};

// Zotero.RDF: a triple store of the statements the translators add.
function makeRDF() {
	const triples = [];
	const resources = new Map();
	const resource = uri => {
		if (!resources.has(uri)) resources.set(uri, { uri });
		return resources.get(uri);
	};
	const uriOf = r => (typeof r === 'object' ? r.uri : r);
	const some = list => (list.length ? list : false);
	return {
		addStatement(about, relation, value, literal) {
			triples.push([resource(uriOf(about)), relation, literal ? value : resource(uriOf(value))]);
		},
		getResourceURI: uriOf,
		getAllResources: () => [...new Set(triples.map(t => t[0]))],
		getTargets: (r, p) => some(triples.filter(t => t[0] === resource(uriOf(r)) && t[1] === p).map(t => t[2])),
		getSources: (r, p) => some(triples.filter(t => t[2] === resource(uriOf(r)) && t[1] === p).map(t => t[0])),
		getArcsIn: r => some(triples.filter(t => t[2] === resource(uriOf(r))).map(t => t[1])),
		getArcsOut: r => some(triples.filter(t => t[0] === resource(uriOf(r))).map(t => t[1])),
		getContainerElements: () => [],
	};
}

// Load a translator into its own context; `done` receives each completed item.
function load(name, done, doc) {
	const Zotero = {
		debug(m) { if (process.env.ZDEBUG) process.stderr.write(String(m) + '\n'); }, setProgress() {}, done() {},
		parentTranslator: false,
		Utilities: ZU,
		RDF: makeRDF(),
		Item: class {
			constructor(itemType) {
				Object.assign(this, { itemType, creators: [], notes: [], tags: [], attachments: [], seeAlso: [] });
			}

			complete() { done(this); }
		},
		loadTranslator() {
			let handler = () => {};
			return {
				setTranslator() {},
				setHandler(event, fn) { handler = fn; },
				getTranslatorObject(callback) {
					// an item the RDF translator completes goes to this translator's handler, which completes it
					// again: that time it is this translator's item
					const rdf = load('RDF.js', item => {
						item.complete = () => done(item);
						handler(null, item);
					}, doc);
					rdf.exports.Zotero = rdf.Zotero;
					callback(rdf.exports);
				},
			};
		},
	};
	const attr = (node, selector, name) => node.querySelector(selector)?.getAttribute(name) || '';
	const text = (node, selector) => node.querySelector(selector)?.textContent || '';
	const context = vm.createContext({ Zotero, Z: Zotero, ZU, attr, text, Promise, console });
	vm.runInContext(code(name) + '\n;this.exports = exports;', context, { filename: name });
	return { exports: context.exports, Zotero, context };
}

// What Zotero does with a finished item: base fields become the type's own fields.
function saved(item) {
	const out = {};
	for (const [key, value] of Object.entries(item)) {
		if (value === undefined || value === null || value === '' || key === 'itemID') continue;
		if (Array.isArray(value) && !value.length && key !== 'creators') continue;
		if (key === 'attachments') {
			out.attachments = value.map(a => a.title); // a snapshot of the page, saved by Zotero
			continue;
		}
		const own = (BASE_FIELDS[item.itemType] || {})[key] || key;
		if (['itemType', 'creators', 'tags', 'notes', 'attachments', 'seeAlso'].includes(own)
			|| ZU.fieldIsValidForType(own, item.itemType)) out[own] = value;
	}
	return out;
}

const dom = new JSDOM(fs.readFileSync(pagePath), { url, contentType: 'text/html' });
let result = null;
const em = load('Embedded Metadata.js', item => { result = saved(item); }, dom.window.document);
em.context.doWeb(dom.window.document, url);
process.stdout.write(JSON.stringify(result));
