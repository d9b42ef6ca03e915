export const id = 707;
export const ids = [707,642];
export const modules = {

/***/ 6642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KNOWN_AFTER_APPLY: () => (/* binding */ KNOWN_AFTER_APPLY),
/* harmony export */   SENSITIVE: () => (/* binding */ SENSITIVE),
/* harmony export */   parseTerraformOutputs: () => (/* binding */ parseTerraformOutputs),
/* harmony export */   plannedOutputs: () => (/* binding */ plannedOutputs)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
// Terraform outputs as resolution sees them: the applied values of `terraform output -json`, and
// the planned ones of `terraform show -json <plan>`, where some are not known until apply.


/** Shown in a plan preview where a value is decided by apply. */
const KNOWN_AFTER_APPLY = '(known after apply)';
/** Shown in place of a sensitive value wherever a person reads it. */
const SENSITIVE = '(sensitive)';
/** Reads the text of `terraform output -json`; a file of any other shape is a usage error. */
function parseTerraformOutputs(json, source = 'the outputs file') {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source} is not JSON (expected the output of terraform output -json): ${error.message}`);
    }
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data)) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source} must hold a JSON object of outputs, as terraform output -json prints it`);
    }
    const outputs = {};
    for (const [name, entry] of Object.entries(data)) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(entry) || !('value' in entry)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source}: output '${name}' has no "value" (expected the output of terraform output -json)`);
        }
        outputs[name] = { value: entry.value, type: entry.type, sensitive: entry.sensitive === true };
    }
    return outputs;
}
/**
 * The outputs a saved plan will have, from `terraform show -json`: `planned_values.outputs`
 * holds `{ sensitive, value? }` (no value while unknown) and `output_changes[name].after_unknown`
 * marks what apply decides, for a collection possibly only some of its elements.
 */
function plannedOutputs(plan) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan))
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('The plan is not a JSON object (terraform show -json)');
    const planned = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan.planned_values) ? plan.planned_values.outputs : undefined;
    const changes = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan.output_changes) ? plan.output_changes : {};
    const outputs = {};
    for (const [name, entry] of Object.entries((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(planned) ? planned : {})) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(entry))
            continue;
        const change = changes[name];
        const afterUnknown = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change) ? change.after_unknown : undefined;
        const known = 'value' in entry && !anyTrue(afterUnknown);
        outputs[name] = known
            ? { sensitive: entry.sensitive === true, known, value: entry.value }
            : { sensitive: entry.sensitive === true, known };
    }
    // An output whose value is wholly unknown may be missing from planned_values.
    for (const [name, change] of Object.entries(changes)) {
        if (name in outputs || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change) || !anyTrue(change.after_unknown))
            continue;
        outputs[name] = { sensitive: change.after_sensitive === true, known: false };
    }
    return outputs;
}
function anyTrue(value) {
    if (value === true)
        return true;
    if (Array.isArray(value))
        return value.some(anyTrue);
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return Object.values(value).some(anyTrue);
    return false;
}


/***/ }),

/***/ 7707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewConfig: () => (/* binding */ previewConfig),
  resolveConfig: () => (/* binding */ resolveConfig),
  unknownOutputMessage: () => (/* binding */ unknownOutputMessage)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/document.ts
var config_document = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/config/placeholders.ts
var config_placeholders = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
;// CONCATENATED MODULE: ./src/resolve/marker.ts
// The refresh marker: the trailing comment a resolved value keeps (CONTRACT §7), holding the
// template it came from so a later run can recompute it.
//
// Written as `# {{terraform_outputs.NAME}}` (or `# https://{{terraform_outputs.host}}/x` for an
// embedded placeholder); a template a one-line comment cannot hold verbatim (line breaks,
// control characters, edge spaces, a leading quote, a ` #`) is written as a JSON string.
// A comment is a marker when it starts with such a template: one or more well-formed
// placeholders and no malformed mention. Whatever follows the template (`  # note`) is the
// user's own comment and is kept as it is.

const BARE = /^(?!")(?![\s\S]*\s#)[^\s\p{Cc}\u2028\u2029\uFEFF](?:[^\p{Cc}\u2028\u2029\uFEFF]*[^\s\p{Cc}\u2028\u2029\uFEFF])?$/u;
/** The marker text for a template, without the `# ` in front. */
function markerText(template) {
    if (BARE.test(template))
        return template;
    return JSON.stringify(template).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The marker at the start of a comment (`# …` as the lexer gives it), if it holds one. */
function parseMarker(comment) {
    if (!comment.startsWith('#'))
        return undefined;
    const start = 1 + (/^[ \t]*/.exec(comment.slice(1))?.[0].length ?? 0);
    const body = comment.slice(start);
    let template;
    let length;
    if (body.startsWith('"')) {
        const close = closingQuote(body);
        if (close === undefined)
            return undefined;
        try {
            template = JSON.parse(body.slice(0, close + 1));
        }
        catch {
            return undefined;
        }
        length = close + 1;
        if (!/^(?:[ \t]*|[ \t]+#.*)$/.test(body.slice(length)))
            return undefined;
    }
    else {
        const userComment = body.search(/[ \t]#/);
        template = (userComment === -1 ? body : body.slice(0, userComment)).trimEnd();
        length = template.length;
    }
    if ((0,config_placeholders/* findPlaceholders */.GY)(template).length === 0 || (0,config_placeholders/* findMalformed */.nu)(template).length > 0) {
        return undefined;
    }
    return { template, start, end: start + length };
}
/** Whether a value could have come from the template (placeholders stand for any text). */
function fitsTemplate(template, value) {
    return matchTemplate(template, value) !== undefined;
}
/** Where, in a value made from the template, each placeholder's text stands. */
function matchTemplate(template, value) {
    let pattern = '^';
    let last = 0;
    for (const placeholder of (0,config_placeholders/* findPlaceholders */.GY)(template)) {
        pattern += escapeRegExp(template.slice(last, placeholder.start)) + '([\\s\\S]*?)';
        last = placeholder.end;
    }
    pattern += escapeRegExp(template.slice(last)) + '$';
    const match = new RegExp(pattern, 'd').exec(value);
    if (!match?.indices)
        return undefined;
    return match.indices.slice(1).map((span) => ({ start: span[0], end: span[1] }));
}
function closingQuote(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/render.ts
var render = __webpack_require__(5538);
;// CONCATENATED MODULE: ./src/resolve/resolve.ts
// Placeholder resolution (CONTRACT §7): Terraform outputs written into a job config so that the
// only bytes that change are the placeholder scalars and, in place, their marker comments.
//
// The file is parsed once more into CST tokens; each value is written into its own token
// (render.ts), markers are inserted as comment tokens after it, and the tokens are printed back
// as they are. The result is read again and compared node by node with the original before
// anyone may write it: outside the placeholders, nothing may mean something else.








/** Writes applied outputs (`terraform output -json`) into one config's text. */
function resolveConfig(file, bytes, outputs, options) {
    return resolveWith(file, bytes, options, Object.keys(outputs), (name) => {
        const output = Object.hasOwn(outputs, name) ? outputs[name] : undefined;
        return output && { value: output.value, sensitive: output.sensitive };
    });
}
/**
 * The text a plan would lead to, for a preview only: values apply decides read
 * `(known after apply)` and sensitive ones `(sensitive)`, so this text is never written.
 */
function previewConfig(file, bytes, planned, options) {
    return resolveWith(file, bytes, options, Object.keys(planned), (name) => {
        const output = Object.hasOwn(planned, name) ? planned[name] : undefined;
        if (!output)
            return undefined;
        const display = !output.known ? outputs.KNOWN_AFTER_APPLY : output.sensitive ? outputs.SENSITIVE : undefined;
        return { value: output.value, sensitive: output.sensitive, display };
    });
}
function resolveWith(file, bytes, options, outputNames, lookup) {
    const parsed = (0,config_document/* parseConfig */.o4)(file, bytes);
    if (!parsed.ok) {
        const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        return unchanged(file, before, parsed.findings);
    }
    const { text, lineCounter, bom } = parsed.config;
    const before = (bom ? '\uFEFF' : '') + text;
    const findings = [...parsed.findings];
    const add = (severity, rule, message, range, hint) => findings.push({ severity, rule, message, file, range, ...(hint ? { hint } : {}) });
    const tokens = Array.from(new dist/* Parser */.iX().parse(text));
    const [doc] = Array.from(new dist/* Composer */.Dk({ keepSourceTokens: true, uniqueKeys: false, merge: true }).compose(tokens));
    if (!doc || doc.errors.length > 0) {
        add('error', 'resolve-failed', 'The file could not be read again for editing', point(1, 1));
        return unchanged(file, before, findings);
    }
    const index = indexTokens(tokens);
    const place = (start, end) => (0,config_document/* rangeOf */.be)(lineCounter, [start, end]);
    const sites = collectSites(doc, text, index, options, place, add);
    const replacements = [];
    const plans = [];
    for (const site of sites) {
        const resolved = targetFor(site, text, outputNames, lookup, options, place, add);
        if (!resolved)
            continue;
        const changed = !holds(doc, site.node, resolved.target);
        plans.push({ site, target: resolved.target, changed });
        for (const replacement of resolved.replacements)
            replacements.push({ ...replacement, changed });
    }
    if (findings.some((f) => f.severity === 'error'))
        return unchanged(file, before, findings);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    for (const { site, target, changed } of plans) {
        if (changed) {
            const context = { inFlow: site.inFlow, eol: lineEnding(site.token) ?? eol };
            if (target.kind === 'value')
                (0,render/* renderValue */.AI)(site.token, target.value, context);
            else
                (0,render/* renderText */.S5)(site.token, target.text, context, textEdit(site, target.pieces));
        }
        if (options.markers && !site.fromMarker)
            keepMarker(site, index);
    }
    const after = (bom ? '\uFEFF' : '') + tokens.map((token) => dist/* CST */.DB.stringify(token)).join('');
    const problem = after === before ? undefined : checkResult(file, after, doc, plans);
    if (problem) {
        add('error', 'resolve-failed', problem, point(1, 1));
        return unchanged(file, before, findings);
    }
    return {
        file,
        before,
        after,
        changed: after !== before,
        replacements,
        findings: findings.sort(src_findings/* compareFindings */.Eg),
    };
}
/** Nothing is written: the text as it was, and what was found. */
function unchanged(file, before, findings) {
    return {
        file,
        before,
        after: before,
        changed: false,
        replacements: [],
        findings: [...findings].sort(src_findings/* compareFindings */.Eg),
    };
}
/** Every value holding a placeholder or carrying a marker, in document order. */
function collectSites(doc, text, index, options, place, add) {
    const sites = [];
    // Aliases are not followed: an anchored value is resolved once, where it is written.
    const stack = [
        { node: doc.contents, inFlow: false },
    ];
    while (stack.length > 0) {
        const { node, inFlow } = stack.pop();
        if ((0,dist/* isScalar */.jn)(node)) {
            const site = scalarSite(node, inFlow, text, index, options, place, add);
            if (site)
                sites.push(site);
        }
        else if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            const site = node.flow
                ? collectionSite(doc, node, inFlow, text, index, place, add)
                : undefined;
            if (site) {
                sites.push(site);
                continue;
            }
            const children = node.items.map((item) => ((0,dist/* isPair */.tO)(item) ? item.value : item));
            for (let i = children.length - 1; i >= 0; i--) {
                const child = children[i];
                if (child && !(0,dist/* isAlias */.Vj)(child))
                    stack.push({ node: child, inFlow: inFlow || !!node.flow });
            }
        }
    }
    return sites;
}
function scalarSite(node, inFlow, text, index, options, place, add) {
    const token = node.srcToken;
    if (!token || !node.range)
        return undefined;
    const [start, end] = node.range;
    if (typeof node.value === 'string') {
        for (const bad of (0,config_placeholders/* malformedInScalar */.nL)(node.value, text.slice(start, end), start)) {
            add('error', 'malformed-placeholder', bad.message, place(bad.start, bad.end), bad.hint);
        }
    }
    const trail = trailOf(node, token, text, index);
    const parsedMarker = trail?.comment ? parseMarker(trail.comment.source) : undefined;
    const marker = trail?.comment && parsedMarker && fits(parsedMarker.template, node)
        ? { comment: trail.comment, parsed: parsedMarker }
        : undefined;
    if (typeof node.value === 'string' && (0,config_placeholders/* findPlaceholders */.GY)(node.value).length > 0) {
        // A block scalar's header line (and any marker in it) comes before its text.
        const textStart = token.type === 'block-scalar'
            ? start + token.props.reduce((n, t) => n + ('source' in t ? t.source.length : 0), 0)
            : start;
        const site = {
            node,
            token,
            inFlow,
            template: node.value,
            templateSource: { start: textStart, end },
            fromMarker: false,
            trail,
            marker,
        };
        if (options.markers && !trail) {
            const first = placeholderRanges(site, text)[0];
            add('error', 'placeholder-marker', `Cannot keep '${first?.text ?? node.value}' as a trailing comment: another value follows it on the same line. Put it on a line of its own (block style), or resolve into output-dir`, first ? place(first.start, first.end) : place(start, end));
        }
        return site;
    }
    return markedSite(node, token, inFlow, trail, parsedMarker, marker, place, add);
}
/** A flow collection written by an earlier run for a list or map output, found by its marker. */
function collectionSite(doc, node, inFlow, text, index, place, add) {
    const token = node.srcToken;
    if (token?.type !== 'flow-collection' || !node.range)
        return undefined;
    const trail = trailOf(node, token, text, index);
    const parsedMarker = trail?.comment ? parseMarker(trail.comment.source) : undefined;
    if (!parsedMarker)
        return undefined;
    // A placeholder written inside the collection since wins over the marker around it.
    const fresh = JSON.stringify(node.toJS(doc)).includes('terraform_outputs');
    const marker = trail?.comment && !fresh && fits(parsedMarker.template, node)
        ? { comment: trail.comment, parsed: parsedMarker }
        : undefined;
    if (fresh) {
        staleMarker(trail.comment, parsedMarker, place, add);
        return undefined;
    }
    return markedSite(node, token, inFlow, trail, parsedMarker, marker, place, add);
}
function markedSite(node, token, inFlow, trail, parsedMarker, marker, place, add) {
    if (!parsedMarker || !trail?.comment)
        return undefined;
    if (!marker) {
        staleMarker(trail.comment, parsedMarker, place, add);
        return undefined;
    }
    const commentStart = marker.comment.offset;
    return {
        node,
        token,
        inFlow,
        template: marker.parsed.template,
        templateSource: {
            start: commentStart + marker.parsed.start,
            end: commentStart + marker.parsed.end,
        },
        fromMarker: true,
        trail,
        marker,
    };
}
function staleMarker(comment, marker, place, add) {
    add('warning', 'stale-marker', `The comment '${marker.template}' looks like a resolved placeholder, but the value beside it does not fit it, so it is not refreshed (write the placeholder back as the value to resolve it again)`, place(comment.offset + marker.start, comment.offset + marker.end));
}
/** A marker fits a value it could have produced: any value for a whole placeholder. */
function fits(template, node) {
    if ((0,config_placeholders/* wholePlaceholder */.lK)(template) !== undefined)
        return true;
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && fitsTemplate(template, node.value);
}
/** Where a marker can go after the value: only a comma may stand between them on the line. */
function trailOf(node, token, text, index) {
    if (token.type === 'block-scalar') {
        const comment = token.props.slice(1).find((t) => t.type === 'comment');
        return { comment };
    }
    const end = node.range[1];
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const m = /^([ \t]*)(?:(,)([ \t]*))?(#.*)?$/.exec(rest);
    if (!m)
        return undefined;
    const spaceBefore = m[1].length;
    const after = m[2] ? index.punctuation.get(end + spaceBefore + 1) : undefined;
    if (m[2] && !after)
        return undefined;
    const hash = end + spaceBefore + (m[2] ? 1 + m[3].length : 0);
    const comment = m[4] ? index.comments.get(hash) : undefined;
    if (m[4] && !comment)
        return undefined;
    return { after, comment };
}
/** The output values for a site's placeholders, or findings where they do not fit. */
function targetFor(site, text, outputNames, lookup, options, place, add) {
    const placeholders = (0,config_placeholders/* findPlaceholders */.GY)(site.template);
    const ranges = placeholderRanges(site, text);
    const whole = (0,config_placeholders/* wholePlaceholder */.lK)(site.template) !== undefined;
    // A block scalar or an explicitly tagged scalar is text whatever it holds.
    const typed = whole && site.token.type !== 'block-scalar' && !site.node.tag;
    const replacements = [];
    const pieces = [];
    let ok = true;
    let output = '';
    let last = 0;
    let wholeTarget;
    placeholders.forEach((placeholder, i) => {
        const at = ranges[i];
        const range = at
            ? place(at.start, at.end)
            : place(site.templateSource.start, site.templateSource.end);
        const found = lookup(placeholder.name);
        output += site.template.slice(last, placeholder.start);
        last = placeholder.end;
        if (!found) {
            add('error', 'unknown-output', unknownOutputMessage(placeholder.name, outputNames), range);
            ok = false;
            return;
        }
        if (found.sensitive && !options.allowSensitive) {
            add('error', 'sensitive-output', `Terraform output '${placeholder.name}' is sensitive: it is not written into a config unless allow-sensitive-outputs is true`, range);
            ok = false;
            return;
        }
        replacements.push({
            name: placeholder.name,
            line: range.line,
            column: range.column,
            value: found.display ?? (found.sensitive ? outputs.SENSITIVE : found.value),
            sensitive: found.sensitive,
            changed: false,
        });
        if (found.display !== undefined) {
            output += found.display;
            pieces.push(found.display);
            return;
        }
        if (typed) {
            wholeTarget = { kind: 'value', value: found.value };
            return;
        }
        const kind = valueKind(found.value);
        if (kind) {
            add('error', 'output-type', `Terraform output '${placeholder.name}' is ${kind}, but '${site.template}' is text: only a string, number or bool can go into text (a list or map needs the placeholder alone as a quoted value)`, range);
            ok = false;
            return;
        }
        output += String(found.value);
        pieces.push(String(found.value));
    });
    output += site.template.slice(last);
    if (!ok)
        return undefined;
    return { target: wholeTarget ?? { kind: 'text', text: output, pieces }, replacements };
}
function valueKind(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return undefined;
}
function unknownOutputMessage(name, outputNames) {
    if (outputNames.length === 0) {
        return `Unknown Terraform output '${name}' (Terraform reported no outputs)`;
    }
    const guess = (0,util_text/* closest */.kp)(name, outputNames);
    const ranked = [...outputNames].sort((a, b) => (0,util_text/* levenshtein */.eG)(name.toLowerCase(), a.toLowerCase()) -
        (0,util_text/* levenshtein */.eG)(name.toLowerCase(), b.toLowerCase()) || a.localeCompare(b));
    const shown = ranked.slice(0, 12).join(', ') + (ranked.length > 12 ? ', …' : '');
    return `Unknown Terraform output '${name}'${guess ? `: did you mean '${guess}'?` : ''} (outputs: ${shown})`;
}
/** Each placeholder's own place in the file (in the value's source, or in its marker). */
function placeholderRanges(site, text) {
    const source = text.slice(site.templateSource.start, site.templateSource.end);
    const ranges = [];
    let from = 0;
    for (const placeholder of (0,config_placeholders/* findPlaceholders */.GY)(site.template)) {
        const written = site.template.slice(placeholder.start, placeholder.end);
        const at = source.indexOf(written, from);
        if (at === -1)
            return ranges;
        ranges.push({
            start: site.templateSource.start + at,
            end: site.templateSource.start + at + written.length,
            text: written,
        });
        from = at + written.length;
    }
    return ranges;
}
/** Whether the value already is the target (a later run with the same outputs changes nothing). */
function holds(doc, node, target) {
    if (target.kind === 'text')
        return (0,dist/* isScalar */.jn)(node) && node.value === target.text;
    return (0,render/* sameData */.n6)((0,dist/* isScalar */.jn)(node) ? node.value : node.toJS(doc), target.value);
}
/** The spans of the current value that the placeholders' texts replace (see renderText). */
function textEdit(site, pieces) {
    const value = (0,dist/* isScalar */.jn)(site.node) ? site.node.value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const spans = site.fromMarker
        ? matchTemplate(site.template, value)
        : (0,config_placeholders/* findPlaceholders */.GY)(value).map(({ start, end }) => ({ start, end }));
    if (!spans || spans.length !== pieces.length)
        return undefined;
    return { old: value, spans: spans.map((span, i) => ({ ...span, text: pieces[i] })) };
}
/** Writes the site's marker: a new comment after the value, or the template in its old marker. */
function keepMarker(site, index) {
    const text = markerText(site.template);
    if (site.marker) {
        const { comment, parsed } = site.marker;
        if (parsed.template !== site.template) {
            comment.source =
                comment.source.slice(0, parsed.start) + text + comment.source.slice(parsed.end);
        }
        return;
    }
    const inserted = [
        { type: 'space', offset: -1, indent: 0, source: ' ' },
        { type: 'comment', offset: -1, indent: 0, source: `# ${text}` },
    ];
    const comma = site.trail?.after;
    if (comma) {
        const list = index.lists.get(comma);
        list.splice(list.indexOf(comma) + 1, 0, ...inserted);
        return;
    }
    const token = site.token;
    if (token.type === 'block-scalar')
        token.props.splice(1, 0, ...inserted);
    else if (token.type === 'flow-collection')
        token.end.splice(1, 0, ...inserted);
    else
        (token.end ??= []).unshift(...inserted);
}
function lineEnding(token) {
    if (token.type !== 'block-scalar')
        return undefined;
    return token.source.includes('\r\n') ? '\r\n' : token.source.includes('\n') ? '\n' : undefined;
}
function indexTokens(tokens) {
    const index = { punctuation: new Map(), comments: new Map(), lists: new Map() };
    const list = (items) => {
        for (const token of items ?? []) {
            if (!('indent' in token) || !('source' in token) || 'end' in token || 'props' in token) {
                visit(token);
                continue;
            }
            const source = token;
            index.lists.set(source, items);
            if (source.type === 'comment')
                index.comments.set(source.offset, source);
            if (source.type === 'comma' ||
                source.type === 'flow-seq-end' ||
                source.type === 'flow-map-end') {
                index.punctuation.set(source.offset + source.source.length, source);
            }
        }
    };
    const visit = (token) => {
        if (!token)
            return;
        switch (token.type) {
            case 'document':
                list(token.start);
                visit(token.value);
                list(token.end);
                break;
            case 'doc-end':
                list(token.end);
                break;
            case 'block-map':
            case 'block-seq':
            case 'flow-collection':
                for (const item of token.items) {
                    list(item.start);
                    visit(item.key);
                    list(item.sep);
                    visit(item.value);
                }
                if (token.type === 'flow-collection')
                    list(token.end);
                break;
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                list(token.end);
                break;
            case 'block-scalar':
                list(token.props);
                break;
        }
    };
    tokens.forEach(visit);
    return index;
}
/** Reads the new text and compares it with the old, node by node; a message if anything else moved. */
function checkResult(file, after, doc, plans) {
    const reread = (0,config_document/* parseConfig */.o4)(file, new TextEncoder().encode(after));
    if (!reread.ok) {
        return `Resolving the placeholders would make the file unreadable (${reread.findings[0]?.message ?? 'unknown problem'}); nothing was written`;
    }
    const targets = new Map(plans.map(({ site, target }) => [site.node, target]));
    const now = reread.config.doc;
    const same = (a, b) => {
        if (a === null || b === null)
            return a === b;
        if (a.anchor !== b.anchor || a.tag !== b.tag)
            return false;
        const target = targets.get(a);
        if (target) {
            if (target.kind === 'text')
                return (0,dist/* isScalar */.jn)(b) && b.value === target.text;
            return (0,render/* sameData */.n6)((0,dist/* isScalar */.jn)(b) ? b.value : (0,dist/* isCollection */.P3)(b) ? b.toJS(now) : b, target.value);
        }
        if ((0,dist/* isAlias */.Vj)(a))
            return (0,dist/* isAlias */.Vj)(b) && a.source === b.source;
        if ((0,dist/* isScalar */.jn)(a))
            return (0,dist/* isScalar */.jn)(b) && sameScalar(a.value, b.value);
        if (!((0,dist/* isMap */.jh)(a) && (0,dist/* isMap */.jh)(b)) && !((0,dist/* isSeq */.oP)(a) && (0,dist/* isSeq */.oP)(b)))
            return false;
        const items = b.items;
        return (a.items.length === items.length &&
            a.items.every((item, i) => {
                const other = items[i];
                if ((0,dist/* isPair */.tO)(item) || (0,dist/* isPair */.tO)(other)) {
                    return ((0,dist/* isPair */.tO)(item) &&
                        (0,dist/* isPair */.tO)(other) &&
                        same(item.key, other.key) &&
                        same(item.value, other.value));
                }
                return same(item, (other ?? null));
            }));
    };
    return same(doc.contents, now.contents)
        ? undefined
        : 'Resolving the placeholders would change more than the placeholder values; nothing was written';
}
/** Merge keys (`<<`) read as a new symbol each time. */
function sameScalar(a, b) {
    if (typeof a === 'symbol' && typeof b === 'symbol')
        return a.description === b.description;
    return Object.is(a, b);
}
function point(line, column) {
    return { line, column, endLine: line, endColumn: column + 1 };
}


/***/ })

};
