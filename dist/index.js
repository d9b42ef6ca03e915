import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ claimOfData),
/* harmony export */   Fo: () => (/* binding */ claimOfUnreadable),
/* harmony export */   Zw: () => (/* binding */ problemOf),
/* harmony export */   jP: () => (/* binding */ isInfrastructureKey),
/* harmony export */   nz: () => (/* binding */ NO_CLAIM),
/* harmony export */   o0: () => (/* binding */ looseText),
/* harmony export */   o9: () => (/* binding */ claimOfUnparsed),
/* harmony export */   rt: () => (/* binding */ claimOfBytes),
/* harmony export */   tA: () => (/* binding */ claimOfUndecoded)
/* harmony export */ });
/* unused harmony exports nearKey, mayBeJobConfig */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2122);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9997);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9329);
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7360);
// Which job a file claims: what the repository-wide rules read from every YAML file, whatever this
// run's patterns and whether or not the file is a valid config. A job is destroyed only when no
// file claims it, and one job_name belongs to one config.
//
// The rule, as a user reads it:
// - A file is a Dativo job config when YAML reads its top level as a mapping with an
//   `infrastructure` key, or a key a typo away from it (`infrastucture`), whose value is empty, not
//   a mapping, or a mapping with a key of that section (`provider`, `runtime`, `region`, `tags`,
//   `resource_identifiers`) or a typo of one. Workflows, compose files, Kubernetes manifests and
//   other YAML have no such key, so they claim nothing, however they are written.
// - A job config claims every value written under a `job_name` key (or a key a typo away, such as
//   `job-name`) anywhere in it, valid or not. Its own name, for the one-config-per-job rule, is
//   the one under `infrastructure` → `tags` → `job_name` (typos of each key allowed).
// - A job config that names no job, and a file YAML cannot read (a syntax error, bytes that are
//   not UTF-8, a file that cannot be opened) whose text has an `infrastructure:` or `job_name:`
//   key, are unknown: a half-edited config may belong to any job. A file YAML cannot read without
//   such a key claims nothing.





const NO_CLAIM = { kind: 'none' };
const INFRASTRUCTURE = 'infrastructure';
const SECTION_KEYS = ['provider', 'runtime', 'region', 'tags', 'resource_identifiers'];
const JOB_NAME = 'job_name';
/** Whether `key` is `known` or a typo of it (as close as the did-you-mean hints go). */
function nearKey(key, known) {
    return key === known || (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(key, [known]) !== undefined;
}
// A typo is at most a third of the word's length in edits away (util/text.ts's `closest`): cut
// into one more piece than that, the word keeps a piece whole in any typo of it, which rules out
// most keys before a distance is counted.
/** infrastructure, or a typo of it (at most four edits). */
function isInfrastructureKey(key) {
    if (key === INFRASTRUCTURE)
        return true;
    if (key.length < 10 || key.length > 18 || !/inf|ras|tru|ctu|re/i.test(key))
        return false;
    return nearKey(key, INFRASTRUCTURE);
}
/** job_name, or a typo of it (at most two edits). */
function isJobNameKey(key) {
    if (key === JOB_NAME)
        return true;
    if (key.length < 6 || key.length > 10 || !/job|_n|ame/i.test(key))
        return false;
    return nearKey(key, JOB_NAME);
}
/** The claim of a document YAML could read, given as plain data. */
function claimOfData(data) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(data))
        return NO_CLAIM;
    const sections = Object.keys(data).filter((key) => isInfrastructureKey(key) && isSection(data[key]));
    if (sections.length === 0)
        return NO_CLAIM;
    const names = jobNames(data);
    if (names.length === 0)
        return {
            kind: 'unknown',
            reason: `it has an ${sections[0] === INFRASTRUCTURE ? INFRASTRUCTURE : `'${sections[0]}'`} section but names no job (no job_name)`,
        };
    return { kind: 'job', names, jobName: ownName(data, sections) };
}
/** An infrastructure section: empty or half-written, or with a key of the section. */
function isSection(value) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(value))
        return true;
    const keys = Object.keys(value);
    return (keys.length === 0 ||
        keys.some((key) => isJobNameKey(key) || SECTION_KEYS.some((known) => nearKey(key, known))));
}
/** Every scalar under a job_name key, anywhere in the document, in the order written. */
function jobNames(data) {
    const names = [];
    const stack = [data];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value instanceof ClaimedName) {
            const name = scalarName(value.value);
            if (name !== undefined && !names.includes(name))
                names.push(name);
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push(value[i]);
        }
        else if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(value)) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
                const child = value[keys[i]];
                if (typeof child === 'object' && child !== null)
                    stack.push(child);
                else if (isJobNameKey(keys[i]))
                    stack.push(new ClaimedName(child));
            }
        }
    }
    return names;
}
/** A job_name's value met in the walk, taken in its turn. */
class ClaimedName {
    value;
    constructor(value) {
        this.value = value;
    }
}
function scalarName(value) {
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return undefined;
}
/** infrastructure → tags → job_name, each key or a typo of it: the config's own name. */
function ownName(data, sections) {
    for (const section of sections) {
        const infrastructure = data[section];
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(infrastructure))
            continue;
        for (const tagsKey of Object.keys(infrastructure)) {
            const tags = infrastructure[tagsKey];
            if (!nearKey(tagsKey, 'tags') || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(tags))
                continue;
            for (const key of Object.keys(tags)) {
                const name = isJobNameKey(key) ? scalarName(tags[key]) : undefined;
                if (name !== undefined)
                    return { name, path: [section, tagsKey, key] };
            }
        }
    }
    return undefined;
}
/** A key YAML would read as `infrastructure` or `job_name`, in text YAML cannot read. */
const CONFIG_KEY = /(?:^|[\s{,[])["']?(?:infrastructure|job_name)["']?[ \t]*:/m;
/** The claim of a file that could not be read as YAML, from its text (or its bytes as Latin-1). */
function claimOfUnreadable(text, problem) {
    return CONFIG_KEY.test(text)
        ? { kind: 'unknown', reason: `${problem}, and it has a job config's keys` }
        : NO_CLAIM;
}
/**
 * The text a file's bytes are closest to, for a key search when they are not UTF-8: UTF-16 by its
 * byte order mark, else one character per byte.
 */
function looseText(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer[0] === 0xff && buffer[1] === 0xfe)
        return buffer.toString('utf16le');
    if (buffer[0] === 0xfe && buffer[1] === 0xff) {
        const swapped = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
        return swapped.swap16().toString('utf16le');
    }
    return buffer.toString('latin1');
}
/**
 * A quick look before a file is parsed, true for every file that may claim something: one that
 * mentions job_name or infrastructure, or has a key a typo away from infrastructure.
 */
function mayBeJobConfig(text) {
    if (text.includes(JOB_NAME) || text.includes(INFRASTRUCTURE))
        return true;
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        // The key before the colon: back to the line's start or the flow mapping's last separator.
        let start = colon;
        while (start > 0 && colon - start < 64 && !'\n{,['.includes(text[start - 1]))
            start--;
        const key = text.slice(start, colon).replace(/^[\s?-]*["']?|["']?\s*$/g, '');
        if (isInfrastructureKey(key))
            return true;
    }
    return false;
}
/** The claim of a file this run did not validate: read as little as it takes to know. */
function claimOfBytes(bytes) {
    const decoded = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeConfig */ .Fu)('', bytes);
    if (!decoded.ok)
        return claimOfUndecoded(bytes, decoded.findings);
    if (!mayBeJobConfig(decoded.text))
        return NO_CLAIM;
    const plain = (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainYaml */ .g)(decoded.text);
    if (plain)
        return claimOfData(plain.data);
    const parsed = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseText */ .r4)('', decoded);
    return parsed.ok
        ? claimOfData(parsed.config.data)
        : claimOfUnparsed(decoded.text, parsed.findings);
}
/** The claim of bytes that are not text a config may be (not UTF-8, too large or deep). */
function claimOfUndecoded(bytes, findings) {
    return claimOfUnreadable(looseText(bytes), problemOf(findings[0]?.message));
}
/**
 * The claim of text `yaml` did not accept as a config: several documents are each a claim of their
 * own (a Kubernetes manifest), a top level that is not a mapping is no config, and anything else
 * is looked at as text.
 */
function claimOfUnparsed(text, findings) {
    const finding = findings[0];
    if (finding?.rule === 'yaml-multi-document') {
        const claims = documentsOf(text)?.map(claimOfData);
        if (claims)
            return mergeClaims(claims);
    }
    if (finding?.rule === 'yaml-root' || finding?.rule === 'yaml-empty')
        return NO_CLAIM;
    return claimOfUnreadable(text, problemOf(finding?.message));
}
/** Each document's data, or undefined when any of them has an error. */
function documentsOf(text) {
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: true, logLevel: 'error' });
    if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0))
        return undefined;
    try {
        return documents.map((doc) => doc.toJS({ maxAliasCount: _document_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.maxAliasCount }));
    }
    catch {
        return undefined;
    }
}
function mergeClaims(claims) {
    const unknown = claims.find((claim) => claim.kind === 'unknown');
    if (unknown)
        return unknown;
    const jobs = claims.filter((claim) => claim.kind === 'job');
    if (jobs.length === 0)
        return NO_CLAIM;
    return {
        kind: 'job',
        names: [...new Set(jobs.flatMap((claim) => claim.names))],
        jobName: jobs.find((claim) => claim.jobName)?.jobName,
    };
}
/** A finding's message as the reason a file cannot be read: `it cannot be read as YAML (…)`. */
function problemOf(message) {
    return `it cannot be read as YAML (${message ?? 'unknown problem'})`;
}


/***/ }),

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ nodeRange),
/* harmony export */   EZ: () => (/* binding */ yaml11Reading),
/* harmony export */   Fu: () => (/* binding */ decodeConfig),
/* harmony export */   JI: () => (/* binding */ plainConfig),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   UA: () => (/* binding */ PositionsNeeded),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   bS: () => (/* binding */ needPositions),
/* harmony export */   be: () => (/* binding */ rangeOf),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   pb: () => (/* binding */ tooLargeMessage),
/* harmony export */   r4: () => (/* binding */ parseText)
/* harmony export */ });
/* unused harmony exports pointRange, sourceText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
// A job config as a YAML document with positions. Everything that can be wrong with the file
// itself (encoding, size, syntax, duplicate keys, aliases, nesting) becomes a finding at its
// place; nothing here throws for bad input.

const LIMITS = {
    /** A job config is a few kilobytes; anything past this is a mistake or an attack. */
    maxBytes: 1024 * 1024,
    /** Nesting a person would write stays far below this. */
    maxDepth: 64,
    /** Alias expansions allowed when turning the document into data (billion laughs). */
    maxAliasCount: 100,
    /** Bracket depth at which the file is refused before the parser sees it. */
    maxRawFlowDepth: 1000,
    /** Syntax errors reported per file: the ones after the first are echoes of it. */
    maxSyntaxErrors: 1,
};
/** A finding needs a place in a file the quick reader read: read it again with `yaml`. */
class PositionsNeeded extends Error {
    constructor() {
        super('positions are needed');
        this.name = 'PositionsNeeded';
    }
}
// One instance, thrown every time: it is caught at once, and a stack trace per throw costs.
const POSITIONS_NEEDED = new PositionsNeeded();
function needPositions() {
    throw POSITIONS_NEEDED;
}
const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function parseConfig(file, bytes) {
    const decoded = decodeConfig(file, bytes);
    return decoded.ok ? parseText(file, decoded) : decoded;
}
function decodeConfig(file, bytes) {
    const at = (rule, message, range = START) => ({
        ok: false,
        findings: [{ severity: 'error', rule, message, file, range }],
    });
    if (bytes.length > LIMITS.maxBytes)
        return at('yaml-size', tooLargeMessage(bytes.length));
    const decoded = decodeUtf8(bytes);
    if (typeof decoded !== 'string') {
        return at('yaml-encoding', decoded.message, decoded.range);
    }
    // A byte order mark is legal UTF-8 but not content: without it, columns are what an editor shows.
    const bom = decoded.startsWith('\uFEFF');
    const text = bom ? decoded.slice(1) : decoded;
    const rawDepth = rawFlowDepthExceeded(text);
    if (rawDepth !== undefined) {
        const lineCounter = lineCounterFor(text);
        return at('yaml-depth', `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`, pointRange(lineCounter, rawDepth));
    }
    return { ok: true, text, bom };
}
/** A config the quick reader read: its data, and the top-level keys' places, but no nodes. */
function plainConfig(file, { text, bom }, plain) {
    return {
        file,
        text,
        bom,
        data: plain.data,
        plain,
        get doc() {
            return needPositions();
        },
        get lineCounter() {
            return needPositions();
        },
    };
}
/** The decoded text through `yaml`, with positions. */
function parseText(file, { text, bom }) {
    const at = (rule, message, range = START) => ({
        ok: false,
        findings: [{ severity: 'error', rule, message, file, range }],
    });
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
        lineCounter,
        keepSourceTokens: false,
        prettyErrors: false,
        uniqueKeys: false,
        merge: true,
        // Problems become findings; the library's own console warnings would only be noise.
        logLevel: 'error',
    });
    const documents = Array.isArray(docs) ? docs : [];
    const first = documents[0];
    if (!first || first.contents === null) {
        if (first && first.errors.length > 0)
            return syntaxErrors(file, first, lineCounter);
        return at('yaml-empty', 'File is empty: a job config is a YAML mapping (key: value pairs) with an infrastructure section');
    }
    if (first.errors.length > 0)
        return syntaxErrors(file, first, lineCounter);
    if (documents.length > 1) {
        const second = documents[1];
        const start = second.range[0];
        return at('yaml-multi-document', 'More than one YAML document in the file: a job config is a single document (remove the extra ---)', rangeOf(lineCounter, [start, start + 3]));
    }
    const root = first.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) ? describeScalar(root.value) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(root) ? 'an alias' : 'a list';
        const start = root.range?.[0] ?? 0;
        const lineEnd = text.indexOf('\n', start);
        return at('yaml-root', `A job config must be a mapping (key: value pairs) at the top level, not ${kind}`, rangeOf(lineCounter, [start, lineEnd === -1 ? text.length : lineEnd]));
    }
    const structural = [
        ...tooDeep(file, root, lineCounter),
        ...duplicateKeys(file, root, lineCounter),
    ];
    if (structural.length > 0)
        return { ok: false, findings: structural };
    let data;
    try {
        data = first.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    }
    catch (error) {
        const alias = firstAlias(root);
        const message = error instanceof ReferenceError && /alias/i.test(error.message)
            ? `Aliases expand to too much data (more than ${LIMITS.maxAliasCount} expansions): write the values out instead of nesting aliases`
            : `The document cannot be read: ${error.message}`;
        return at('yaml-alias', message, alias ? nodeRange(lineCounter, alias) : START);
    }
    const findings = first.warnings.map((warning) => ({
        severity: 'warning',
        rule: 'yaml-syntax',
        message: warning.message,
        file,
        range: rangeOf(lineCounter, warning.pos),
    }));
    return {
        ok: true,
        config: { file, text, bom, doc: first, lineCounter, data: data },
        findings,
    };
}
function syntaxErrors(file, doc, lineCounter) {
    const findings = [];
    for (const error of doc.errors.slice(0, LIMITS.maxSyntaxErrors)) {
        const depth = /call stack/i.test(error.message);
        findings.push({
            severity: 'error',
            rule: depth ? 'yaml-depth' : 'yaml-syntax',
            message: depth
                ? `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`
                : syntaxMessage(error.message),
            file,
            range: rangeOf(lineCounter, error.pos),
        });
    }
    return { ok: false, findings: dedupeByPlace(findings) };
}
function syntaxMessage(message) {
    const text = message.replace(/\s+at line \d+, column \d+.*$/s, '').trim();
    return `YAML syntax error: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
function dedupeByPlace(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.range?.line}:${f.range?.column}:${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Walks the tree without recursion, so a hostile depth cannot overflow the stack. */
function tooDeep(file, root, lineCounter) {
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > LIMITS.maxDepth) {
            return [
                {
                    severity: 'error',
                    rule: 'yaml-depth',
                    message: `Nesting is too deep (more than ${LIMITS.maxDepth} levels)`,
                    file,
                    range: nodeRange(lineCounter, node),
                },
            ];
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) {
            for (const item of node.items) {
                const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? item.value : item;
                if (value && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(value))
                    stack.push([value, depth + 1]);
            }
        }
    }
    return [];
}
function duplicateKeys(file, root, lineCounter) {
    const findings = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node))
            continue;
        const seen = new Map();
        for (const item of node.items) {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? item.value : item;
            if (value && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(value))
                stack.push(value);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                continue;
            const key = keyText(item.key);
            const earlier = seen.get(key);
            if (earlier && key !== '<<') {
                const line = earlier.range ? lineCounter.linePos(earlier.range[0]).line : 0;
                findings.push({
                    severity: 'error',
                    rule: 'yaml-duplicate-key',
                    message: `Duplicate key '${key}' (first defined on line ${line}): remove one of them`,
                    file,
                    range: nodeRange(lineCounter, item.key),
                });
            }
            else {
                seen.set(key, item.key);
            }
        }
    }
    return findings;
}
function firstAlias(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--) {
                const item = node.items[i];
                const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? item.value : item;
                if (value)
                    stack.push(value);
            }
        }
    }
    return undefined;
}
function describeScalar(value) {
    if (value === null)
        return 'an empty value';
    if (typeof value === 'string')
        return 'a plain string';
    return `a ${typeof value}`;
}
/** Offset of the first bracket past the raw depth limit, counting brackets outside quotes. */
function rawFlowDepthExceeded(text) {
    // Past the limit needs more opening brackets than it: most files have a handful.
    let opening = 0;
    for (const bracket of ['[', '{']) {
        for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1))
            opening++;
    }
    if (opening <= LIMITS.maxRawFlowDepth)
        return undefined;
    let depth = 0;
    let quote = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
            else if (c === 0x0a && quote === 0x27)
                quote = 0;
            continue;
        }
        if (c === 0x22 || c === 0x27)
            quote = c;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > LIMITS.maxRawFlowDepth)
                return i;
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth--;
    }
    return undefined;
}
// ignoreBOM keeps a byte order mark in the text, so parseConfig can note it (`bom`) and strip it itself.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            return { message: 'File is UTF-16: save it as UTF-8', range: START };
        }
        const offset = firstInvalidUtf8(bytes);
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
        const lineStart = before.lastIndexOf('\n') + 1;
        const line = countNewlines(before) + 1;
        const column = [...before.slice(lineStart)].length + 1;
        const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
        return {
            message: `File is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} cannot be decoded (save the file as UTF-8)`,
            range: { line, column, endLine: line, endColumn: column + 1 },
        };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const size = b < 0x80
            ? 1
            : b >= 0xc2 && b <= 0xdf
                ? 2
                : b >= 0xe0 && b <= 0xef
                    ? 3
                    : b >= 0xf0 && b <= 0xf4
                        ? 4
                        : 0;
        if (size === 0 || i + size > bytes.length)
            return i;
        try {
            strictUtf8.decode(bytes.subarray(i, i + size));
        }
        catch {
            return i;
        }
        i += size;
    }
    return i;
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function lineCounterFor(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    return lineCounter;
}
/** Said the same whether the size is seen before reading (read.ts) or after. */
function tooLargeMessage(size) {
    return `File is too large: ${formatBytes(size)} (a job config may be at most ${formatBytes(LIMITS.maxBytes)})`;
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
/** Range of [start, end) offsets; both ends 1-based line/column. */
function rangeOf(lineCounter, [start, end]) {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start + 1));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function pointRange(lineCounter, offset) {
    return rangeOf(lineCounter, [offset, offset + 1]);
}
/** The node's own text (for a scalar: the value with its quotes, without comments). */
function nodeRange(lineCounter, node) {
    const range = node.range;
    if (!range)
        return START;
    return rangeOf(lineCounter, [range[0], range[1]]);
}
/** A mapping key as text; merge keys (`<<`) come back as '<<'. */
function keyText(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return undefined;
    return typeof key.value === 'symbol' ? '<<' : String(key.value);
}
/** The source text of a scalar as written (e.g. `1.0`, not `1`). */
function sourceText(config, node) {
    const range = node.range;
    return range ? config.text.slice(range[0], range[1]) : '';
}
/**
 * Text YAML 1.1 reads as itself: one line, a first letter no 1.1 type starts with (bool, null,
 * number, timestamp: y n t f o ~ . + - digits, and e, as `yaml` reads `e1` as a float), then
 * no character that means anything in YAML.
 */
const PLAIN_11 = /^[a-dg-mp-su-xzA-DG-MP-SU-XZ_](?:[\w ./@-]*[\w./@-])?$/;
const readings11 = new Map();
/** How a YAML 1.1 reader (PyYAML, so Dativo itself) would read a plain scalar. */
function yaml11Reading(written) {
    if (PLAIN_11.test(written))
        return written;
    if (readings11.has(written))
        return readings11.get(written);
    let reading;
    try {
        // Quiet: a value such as '%{ … }' is a bad directive to YAML, which would warn on stderr.
        reading = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(written, { version: '1.1', logLevel: 'error' });
    }
    catch {
        reading = written;
    }
    // Tag values repeat across a workspace's configs; the bound keeps a hostile one from growing it.
    if (readings11.size >= 4096)
        readings11.clear();
    readings11.set(written, reading);
    return reading;
}


/***/ }),

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   lK: () => (/* binding */ wholePlaceholder),
/* harmony export */   nL: () => (/* binding */ malformedInScalar),
/* harmony export */   nu: () => (/* binding */ findMalformed),
/* harmony export */   pO: () => (/* binding */ malformedMessage)
/* harmony export */ });
/* unused harmony exports OUTPUT_NAME, PLACEHOLDER, malformedHint */
// `{{terraform_outputs.NAME}}` placeholders (CONTRACT §4): where they are, and where something
// meant as one is not one.
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A well-formed placeholder, spaces allowed inside the braces; group 1 is the output name. */
const PLACEHOLDER = /(?<!\{)\{\{\s*terraform_outputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}(?!\})/g;
/** Anything that looks like an attempt at one: braces, the word, and a name, in any shape. */
const ATTEMPT = /\$?\{*[ \t]*terraform_outputs\b(?:\.[^\s{}'"]*)?[ \t]*\}*/g;
function findPlaceholders(text) {
    if (!text.includes('terraform_outputs'))
        return [];
    return Array.from(text.matchAll(PLACEHOLDER), (m) => ({
        name: m[1],
        start: m.index,
        end: m.index + m[0].length,
    }));
}
/** The whole string is exactly one placeholder (its output keeps its type when resolved). */
function wholePlaceholder(text) {
    const found = findPlaceholders(text);
    const only = found[0];
    return found.length === 1 && only && only.start === 0 && only.end === text.length
        ? only.name
        : undefined;
}
/**
 * Braces and what they hold, `{…}`, `{{…}}`, `${…}` or lopsided: closed on the same line, or, with
 * no closing brace, up to the next space. Group 1 or 2 is the content.
 */
const BRACED = /\$?\{+(?:([^{}\n]*)\}+|([^{}\s]*))/g;
/** `terraform_outputs` with every separator and case difference ignored. */
const WORD = 'terraformoutputs';
/** How many edits a spelling of terraform_outputs may be away from it and still mean it. */
const MAX_EDITS = 3;
/**
 * Each string that is not a well-formed placeholder but is meant as one: a mention of
 * terraform_outputs outside one, or braces whose content is close to `terraform_outputs.NAME`
 * (a misspelt word, one brace, spaces in the name, another separator).
 */
function findMalformed(text) {
    if (!text.includes('{') && !text.includes('terraform_outputs'))
        return [];
    const good = findPlaceholders(text);
    const overlaps = (start, end, spans) => spans.some((span) => start < span.end && span.start < end);
    const bad = [];
    for (const m of text.matchAll(BRACED)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(start, end, good))
            continue;
        const meant = meaning(m[1] ?? m[2] ?? '');
        if (!meant)
            continue;
        bad.push({ fragment: m[0].trim(), start, end, suggestion: meant.suggestion });
    }
    if (text.includes('terraform_outputs')) {
        for (const m of text.matchAll(ATTEMPT)) {
            const start = m.index;
            const end = start + m[0].length;
            const word = text.indexOf('terraform_outputs', start);
            if (good.some((p) => p.start <= word && word < p.end))
                continue;
            if (overlaps(start, end, bad))
                continue;
            bad.push({
                fragment: m[0].trim(),
                start,
                end,
                suggestion: meaning(m[0].replace(/^\$?[{ \t]*|[} \t]*$/g, ''))?.suggestion,
            });
        }
    }
    return bad.sort((a, b) => a.start - b.start);
}
/**
 * Whether braced content reads as `terraform_outputs.NAME` once spelling, case and separators are
 * forgiven: the head that comes closest to the word, then the name after it.
 */
function meaning(content) {
    const text = content.trim();
    let best;
    for (let end = 1; end <= text.length && end <= WORD.length * 2; end++) {
        // Only where a run of letters ends: the head is whole words.
        if (!/[A-Za-z]/.test(text[end - 1]) || /[A-Za-z]/.test(text[end] ?? ''))
            continue;
        const head = text
            .slice(0, end)
            .toLowerCase()
            .replace(/[^a-z]/g, '');
        const edits = editDistance(head, WORD);
        if (!best || edits < best.edits)
            best = { edits, end };
    }
    if (!best || best.edits > MAX_EDITS)
        return undefined;
    const name = text
        .slice(best.end)
        .replace(/^[\s._:/\\>[\]'"-]+|[\s\]'"]+$/g, '')
        .replace(/\s+/g, '_');
    return OUTPUT_NAME.test(name) ? { suggestion: `{{terraform_outputs.${name}}}` } : {};
}
/** Edits from one word to another, a swap of two neighbours counting as one (`terrafrom`). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The contract's exact message for a malformed placeholder. */
function malformedMessage(fragment) {
    return `Malformed Terraform output placeholder: '${fragment}' (expected {{terraform_outputs.NAME}})`;
}
/** The placeholder a malformed one most likely meant, as a finding's hint. */
function malformedHint(suggestion) {
    return suggestion ? `did you mean '${suggestion}'?` : undefined;
}
/**
 * The malformed placeholders of a scalar whose text `written` stands at offset `start` of its
 * file, each placed at the fragment itself when it is written out as is (no escapes in between),
 * else on the whole scalar.
 */
function malformedInScalar(value, written, start) {
    return findMalformed(value).map((bad) => {
        const at = written.indexOf(bad.fragment);
        const message = malformedMessage(bad.fragment);
        const hint = malformedHint(bad.suggestion);
        return at === -1
            ? { message, hint, start, end: start + written.length }
            : {
                message,
                hint,
                start: start + at,
                end: start + at + bad.fragment.length,
            };
    });
}


/***/ }),

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readPlainYaml)
/* harmony export */ });
/* unused harmony export resolvePlain */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
// A quick reader for YAML as job configs are written: block mappings and sequences, one-line
// scalars (plain, single-quoted, double-quoted without escapes), one-line flow sequences of
// scalars, comments and blank lines. For such text it returns the data `yaml` makes of it, several
// times faster; for anything else (anchors, aliases, tags, merge keys, block scalars, flow
// mappings, scalars over several lines, escapes, tabs, CR, duplicate keys, keys that are not
// strings, …) it returns undefined and the caller reads the text with `yaml`, which has the last
// word. __tests__/config/plain-yaml.test.ts holds the two together.

/** Nesting past this is left to `yaml`, which reports it (document.ts, LIMITS.maxDepth). */
const MAX_DEPTH = 32;
/** `yaml` refuses implicit keys longer than 1024 characters; long keys are left to it. */
const MAX_KEY = 1000;
/** Anything but line feeds, printable ASCII and the usual Unicode (no C1, BOM, line separators, surrogates). */
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/** The tags `yaml` tries on a plain scalar (the core schema, as document.ts parses). */
const CORE_TAGS = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj({ merge: true }).tags.flatMap((tag) => tag.default === true && !('collection' in tag && tag.collection) && tag.test ? [tag] : []);
/** Every core tag's test other than a string's needs one of these first characters. */
const MAYBE_TYPED = /^[-+.~0-9nNtTfF]/;
const RESOLVE_OPTIONS = { intAsBigInt: false };
const DOUBT = Symbol('doubt');
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
/** Characters that start something other than a plain scalar, or that `yaml` reserves. */
const INDICATOR = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** Characters that end a plain scalar inside a flow sequence. */
const FLOW_END = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));
/** The data of `text` when it is a plain job config as described above, else undefined. */
function readPlainYaml(text) {
    if (UNUSUAL.test(text))
        return undefined;
    let reader;
    let data;
    try {
        reader = new Reader(text, undefined);
        data = reader.document();
    }
    catch (error) {
        if (error === DOUBT)
            return undefined;
        throw error;
    }
    // Top-level keys' places come with the first reading (every valid job's place is its
    // `infrastructure` key); the rest only when a finding asks: the text is read again for them.
    const rootKeys = reader.rootKeys;
    let places;
    let lineStarts;
    const allPlaces = () => {
        if (!places) {
            places = new Map();
            const again = new Reader(text, places);
            again.document();
            lineStarts = again.lineStarts;
        }
        return places;
    };
    const placeOf = (segments) => allPlaces().get(segments.join(PATH_SEPARATOR));
    const position = (offset) => {
        allPlaces();
        const starts = lineStarts;
        // The last line that starts at or before the offset.
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
    return {
        data,
        keyAt: (segments) => segments.length === 1 ? rootKeys.get(segments[0]) : placeOf(segments)?.key,
        valueAt: (segments) => placeOf(segments)?.value,
        scalarAt: (segments) => {
            const place = placeOf(segments);
            return place?.start === undefined ? undefined : { start: place.start, end: place.end };
        },
        scalars: () => [...allPlaces()].flatMap(([joined, place]) => place.start === undefined
            ? []
            : [{ segments: joined.split(PATH_SEPARATOR), start: place.start, end: place.end }]),
        firstKey: () => rootKeys.values().next().value,
        rangeOf: (start, end) => {
            const from = position(start);
            const to = position(Math.max(end, start + 1));
            return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        },
    };
}
/** Joins a path's segments into a map key; no text the reader accepts holds it. */
const PATH_SEPARATOR = '\u0000';
function doubt() {
    throw DOUBT;
}
class Reader {
    text;
    places;
    starts = [];
    /** Where each line of the text starts. */
    get lineStarts() {
        return this.starts;
    }
    ends = [];
    /** Spaces before the line's first character; -1 for a blank or comment line. */
    indents = [];
    line = 0;
    depth = 0;
    /** Where each top-level key is written. */
    rootKeys = new Map();
    /** The data path of the value being read, when places are recorded. */
    path = [];
    /** Where the scalar `inline` read last was written: [start, end); start is -1 after a collection. */
    scalarStart = -1;
    scalarEnd = -1;
    constructor(text, places) {
        this.text = text;
        this.places = places;
        let start = 0;
        while (start <= text.length) {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            let first = start;
            while (first < end && text.charCodeAt(first) === SPACE)
                first++;
            const content = first < end && text.charCodeAt(first) !== HASH;
            if (content && first === start && /^(?:---|\.\.\.|%)/.test(text.slice(start, start + 3)))
                doubt();
            this.starts.push(start);
            this.ends.push(end);
            this.indents.push(content ? first - start : -1);
            start = end + 1;
        }
    }
    document() {
        this.line = this.nextContent(0);
        if (this.line >= this.starts.length || this.indents[this.line] !== 0)
            doubt();
        if (this.isDash(this.line))
            doubt();
        const data = this.map(0);
        if (this.line < this.starts.length)
            doubt();
        return data;
    }
    /** Records where the current path's key and value are written (`value` for scalars only). */
    record(line, key, value) {
        const place = {};
        const lineStart = this.starts[line];
        const range = (start, end) => ({
            line: line + 1,
            column: start - lineStart + 1,
            endLine: line + 1,
            endColumn: end - lineStart + 1,
        });
        if (key)
            place.key = range(key[0], key[1]);
        if (value) {
            place.value = range(this.scalarStart, this.scalarEnd);
            place.start = this.scalarStart;
            place.end = this.scalarEnd;
        }
        this.places.set(this.path.join(PATH_SEPARATOR), place);
    }
    nextContent(line) {
        while (line < this.indents.length && this.indents[line] < 0)
            line++;
        return line;
    }
    /** A `-` item marker at the line's indentation. */
    isDash(line) {
        const at = this.starts[line] + this.indents[line];
        return (this.text.charCodeAt(at) === DASH &&
            (at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE));
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            doubt();
    }
    /** A block mapping whose first key starts at column `indent` of the current line. */
    map(indent) {
        this.enter();
        const result = {};
        for (;;) {
            const line = this.line;
            const end = this.ends[line];
            const at = this.starts[line] + indent;
            const key = this.key(at, end);
            if (Object.prototype.hasOwnProperty.call(result, key.name))
                doubt();
            if (this.depth === 1) {
                const column = at - this.starts[line] + 1;
                this.rootKeys.set(key.name, {
                    line: line + 1,
                    column,
                    endLine: line + 1,
                    endColumn: column + (key.end - at),
                });
            }
            this.path.push(key.name);
            const valueAt = this.skipSpaces(key.after, end);
            if (valueAt === end || this.text.charCodeAt(valueAt) === HASH) {
                if (this.places)
                    this.record(line, [at, key.end], false);
                result[key.name] = this.nested(indent, true);
            }
            else {
                result[key.name] = this.inline(valueAt, end);
                if (this.places)
                    this.record(line, [at, key.end], this.scalarStart >= 0);
            }
            this.path.pop();
            if (this.line >= this.starts.length)
                break;
            const next = this.indents[this.line];
            if (next < indent)
                break;
            if (next > indent || this.isDash(this.line))
                doubt();
        }
        this.depth--;
        return result;
    }
    /** A block sequence of `-` items at column `indent`, starting on the current line. */
    sequence(indent) {
        this.enter();
        const result = [];
        for (;;) {
            const line = this.line;
            const end = this.ends[line];
            const at = this.skipSpaces(this.starts[line] + indent + 1, end);
            const c = this.text.charCodeAt(at);
            this.path.push(String(result.length));
            if (at === end || c === HASH) {
                if (this.places)
                    this.record(line, undefined, false);
                result.push(this.nested(indent, false));
            }
            else if (c === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE)) {
                doubt();
            }
            else if (this.startsKey(at, end)) {
                if (this.places)
                    this.record(line, undefined, false);
                result.push(this.map(at - this.starts[line]));
            }
            else {
                result.push(this.inline(at, end));
                if (this.places)
                    this.record(line, undefined, this.scalarStart >= 0);
            }
            this.path.pop();
            if (this.line >= this.starts.length)
                break;
            const next = this.indents[this.line];
            if (next < indent)
                break;
            if (next > indent)
                doubt();
            if (!this.isDash(this.line))
                break;
        }
        this.depth--;
        return result;
    }
    /**
     * The value of a key or item with nothing after it on its line: a block collection on the
     * lines below, or null. A sequence may sit at its key's own indentation.
     */
    nested(indent, sequenceAtIndent) {
        const next = this.nextContent(this.line + 1);
        this.line = next;
        if (next < this.starts.length) {
            const at = this.indents[next];
            if (at > indent)
                return this.isDash(next) ? this.sequence(at) : this.map(at);
            if (at === indent && sequenceAtIndent && this.isDash(next))
                return this.sequence(at);
        }
        return null;
    }
    /** A scalar or flow sequence filling the rest of the line (a comment may follow). */
    inline(at, end) {
        const text = this.text;
        const c = text.charCodeAt(at);
        let value;
        let after;
        const line = this.line;
        if (c === DQUOTE || c === SQUOTE) {
            const quoted = this.quoted(at, end);
            value = quoted.value;
            after = quoted.after;
            this.scalarStart = at;
            this.scalarEnd = after;
        }
        else if (c === OPEN_BRACKET) {
            const flow = this.flowSequence(at, end, line);
            value = flow.value;
            after = flow.after;
            this.scalarStart = -1;
        }
        else {
            if (INDICATOR.has(c) || c === BACKSLASH)
                doubt();
            if (c === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE))
                doubt();
            let stop = end;
            for (let i = at + 1; i < end; i++) {
                const ch = text.charCodeAt(i);
                if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
                    stop = i;
                    break;
                }
                if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE))
                    doubt();
            }
            while (text.charCodeAt(stop - 1) === SPACE)
                stop--;
            value = resolvePlain(text.slice(at, stop));
            after = end;
            this.scalarStart = at;
            this.scalarEnd = stop;
        }
        this.lineRest(after, end);
        this.line = this.nextContent(this.line + 1);
        return value;
    }
    /** After a value: spaces, then nothing or a comment. */
    lineRest(after, end) {
        const at = this.skipSpaces(after, end);
        if (at < end && (this.text.charCodeAt(at) !== HASH || at === after))
            doubt();
    }
    /** `[a, "b", 1]` on one line, of scalars only. */
    flowSequence(open, end, line) {
        this.enter();
        const text = this.text;
        const items = [];
        let at = this.skipSpaces(open + 1, end);
        if (text.charCodeAt(at) === CLOSE_BRACKET) {
            this.depth--;
            return { value: items, after: at + 1 };
        }
        for (;;) {
            if (at >= end)
                doubt();
            const c = text.charCodeAt(at);
            this.scalarStart = at;
            if (c === DQUOTE || c === SQUOTE) {
                const quoted = this.quoted(at, end);
                items.push(quoted.value);
                at = quoted.after;
                this.scalarEnd = at;
            }
            else {
                if (INDICATOR.has(c) || c === BACKSLASH || c === DASH) {
                    // `-1` is a plain scalar, `- ` and `-,` are not; other indicators are left to `yaml`.
                    const next = text.charCodeAt(at + 1);
                    if (c !== DASH || at + 1 >= end || next === SPACE || FLOW_END.has(next))
                        doubt();
                }
                let stop = at + 1;
                for (; stop < end; stop++) {
                    const ch = text.charCodeAt(stop);
                    if (FLOW_END.has(ch))
                        break;
                    if (ch === COLON || (ch === HASH && text.charCodeAt(stop - 1) === SPACE))
                        doubt();
                }
                if (stop >= end)
                    doubt();
                let valueEnd = stop;
                while (text.charCodeAt(valueEnd - 1) === SPACE)
                    valueEnd--;
                items.push(resolvePlain(text.slice(at, valueEnd)));
                at = stop;
                this.scalarEnd = valueEnd;
            }
            if (this.places) {
                this.path.push(String(items.length - 1));
                this.record(line, undefined, true);
                this.path.pop();
            }
            at = this.skipSpaces(at, end);
            const c2 = text.charCodeAt(at);
            if (c2 === CLOSE_BRACKET) {
                this.depth--;
                return { value: items, after: at + 1 };
            }
            if (c2 !== COMMA)
                doubt();
            at = this.skipSpaces(at + 1, end);
            if (text.charCodeAt(at) === CLOSE_BRACKET)
                doubt();
        }
    }
    /** A quoted scalar closed on its own line; double-quoted ones without escapes. */
    quoted(open, end) {
        const text = this.text;
        if (text.charCodeAt(open) === DQUOTE) {
            const close = text.indexOf('"', open + 1);
            if (close === -1 || close >= end)
                doubt();
            const value = text.slice(open + 1, close);
            if (value.includes('\\'))
                doubt();
            return { value, after: close + 1 };
        }
        let value = '';
        let from = open + 1;
        for (;;) {
            const close = text.indexOf("'", from);
            if (close === -1 || close >= end)
                doubt();
            value += text.slice(from, close);
            if (text.charCodeAt(close + 1) !== SQUOTE)
                return { value, after: close + 1 };
            value += "'";
            from = close + 2;
        }
    }
    /** Whether the item at `at` is `key: value` (a mapping inside the sequence). */
    startsKey(at, end) {
        const text = this.text;
        const c = text.charCodeAt(at);
        let from = at;
        if (c === DQUOTE || c === SQUOTE) {
            from = this.quoted(at, end).after;
            return text.charCodeAt(from) === COLON;
        }
        for (let i = from; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === HASH && i > at && text.charCodeAt(i - 1) === SPACE)
                return false;
            if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE))
                return true;
        }
        return false;
    }
    /** A mapping key at `at`, with the position after its `:`. */
    key(at, end) {
        const text = this.text;
        const c = text.charCodeAt(at);
        let name;
        let keyEnd;
        if (c === DQUOTE || c === SQUOTE) {
            const quoted = this.quoted(at, end);
            name = quoted.value;
            keyEnd = quoted.after;
        }
        else {
            if (INDICATOR.has(c) || c === BACKSLASH || c === DASH)
                doubt();
            keyEnd = at + 1;
            for (; keyEnd < end; keyEnd++) {
                const ch = text.charCodeAt(keyEnd);
                if (ch === COLON)
                    break;
                if (ch === HASH || FLOW_END.has(ch) || ch === DQUOTE || ch === SQUOTE)
                    doubt();
            }
            if (keyEnd >= end || text.charCodeAt(keyEnd - 1) === SPACE)
                doubt();
            name = text.slice(at, keyEnd);
            if (typeof resolvePlain(name) !== 'string')
                doubt();
        }
        if (keyEnd - at > MAX_KEY || name === '<<' || name === '__proto__')
            doubt();
        if (text.charCodeAt(keyEnd) !== COLON)
            doubt();
        const after = keyEnd + 1;
        if (after < end && text.charCodeAt(after) !== SPACE)
            doubt();
        return { name, end: keyEnd, after };
    }
    skipSpaces(at, end) {
        while (at < end && this.text.charCodeAt(at) === SPACE)
            at++;
        return at;
    }
}
/** A plain scalar as `yaml`'s core schema reads it: null, boolean, number or string. */
function resolvePlain(source) {
    if (source !== '' && !MAYBE_TYPED.test(source))
        return source;
    for (const tag of CORE_TAGS) {
        if (!tag.test.test(source))
            continue;
        const resolved = tag.resolve(source, doubt, RESOLVE_OPTIONS);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved) ? resolved.value : resolved;
    }
    return source;
}


/***/ }),

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ mappingRange),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   UH: () => (/* binding */ plainScalarText),
/* harmony export */   YC: () => (/* binding */ keyLine),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   ox: () => (/* binding */ dataAt),
/* harmony export */   tR: () => (/* binding */ valueRange),
/* harmony export */   x5: () => (/* binding */ locate),
/* harmony export */   xA: () => (/* binding */ keyRange)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9329);
// From a data path (JSON Pointer segments) to the YAML node that a person should look at.


function pointerSegments(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function locate(config, segments) {
    let node = config.doc.contents;
    let key;
    for (const segment of segments) {
        node = resolveAlias(config, node);
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = findPair(config, node.items, segment);
            if (pair)
                next = { value: pair.value ?? null, key: pair.key };
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && /^\d+$/.test(segment)) {
            const item = node.items[Number(segment)];
            if (item)
                next = { value: item };
        }
        if (!next)
            return { node, key, exact: false };
        if (next.value === null)
            return { node: next.key ?? node, key: next.key, exact: true };
        node = next.value;
        key = next.key;
    }
    return { node: resolveAlias(config, node), key, exact: true };
}
/** Where a problem with the value at `segments` is shown: the value itself, or its key if empty. */
function valueRange(config, segments) {
    const quick = config.plain?.valueAt(segments);
    if (quick)
        return quick;
    const { node } = locate(config, segments);
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeRange */ .CJ)(config.lineCounter, node);
}
/** Where a problem with a key is shown: the key itself (e.g. an unknown or misspelt key). */
function keyRange(config, segments) {
    const key = config.plain?.keyAt(segments);
    if (key)
        return key;
    // A sequence item has no key: its own place, when it is a scalar.
    const item = /^\d+$/.test(segments.at(-1) ?? '') ? config.plain?.valueAt(segments) : undefined;
    if (item)
        return item;
    const location = locate(config, segments);
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeRange */ .CJ)(config.lineCounter, location.exact && location.key ? location.key : location.node);
}
/**
 * Where a missing key is shown: the key that introduces the mapping lacking it, or the first key
 * of the document when the top-level mapping lacks it.
 */
function mappingRange(config, segments) {
    const quick = segments.length === 0 ? config.plain?.firstKey() : config.plain?.keyAt(segments);
    if (quick)
        return quick;
    const location = locate(config, segments);
    if (location.key)
        return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeRange */ .CJ)(config.lineCounter, location.key);
    const root = config.doc.contents;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && root.items[0] && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(root.items[0]) && root.items[0].key) {
        return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeRange */ .CJ)(config.lineCounter, root.items[0].key);
    }
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeRange */ .CJ)(config.lineCounter, location.node);
}
/** The text of the value at a data path as written, when it is a plain (unquoted) scalar. */
function plainScalarText(config, segments) {
    if (config.plain) {
        const scalar = config.plain.scalarAt(segments);
        // Not a scalar written out: only `yaml` can say what it is.
        if (!scalar)
            return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .needPositions */ .bS)();
        const first = config.text.charCodeAt(scalar.start);
        return first === 0x22 || first === 0x27
            ? undefined
            : config.text.slice(scalar.start, scalar.end);
    }
    const { node } = locate(config, segments);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN
        ? config.text.slice(node.range[0], node.range[1])
        : undefined;
}
/** The line a key is written on. */
function keyLine(config, segments) {
    if (config.plain)
        return config.plain.keyAt(segments)?.line ?? (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .needPositions */ .bS)();
    const range = locate(config, segments).key?.range;
    return range ? config.lineCounter.linePos(range[0]).line : undefined;
}
function resolveAlias(config, node) {
    let current = node;
    for (let hops = 0; (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current) && hops < 32; hops++) {
        const target = current.resolve(config.doc);
        if (!target)
            break;
        current = target;
    }
    return current;
}
function findPair(config, items, segment) {
    const own = items.find((pair) => (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .keyText */ .Pu)(pair.key) === segment);
    if (own)
        return own;
    // Keys brought in by a merge key (<<: *defaults) live in the anchored mapping.
    for (const pair of items) {
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .keyText */ .Pu)(pair.key) !== '<<' || !pair.value)
            continue;
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) ? pair.value.items : [pair.value];
        for (const source of sources) {
            const target = resolveAlias(config, source);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target)) {
                const found = findPair(config, target.items, segment);
                if (found)
                    return found;
            }
        }
    }
    return undefined;
}
/** `infrastructure.runtime.cpu`, `secrets[1]`: a path as a person writes it. */
function displayPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (/^\d+$/.test(segment))
            out += `[${segment}]`;
        else
            out += out === '' ? segment : `.${segment}`;
    }
    return out;
}
/** The value at a data path in plain data (what Ajv validated), or undefined. */
function dataAt(data, segments) {
    let current = data;
    for (const segment of segments) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}


/***/ }),

/***/ 2000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ConfigReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4964);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9329);
// Reads config files from the workspace, refusing what is not a plain file inside it. One reader
// serves a whole run: the workspace's real path and each folder's are looked up once.
//
// Reads are synchronous: validation takes one file at a time, and a synchronous open, fstat and
// read costs a tenth of the same through the thread pool. A file is opened without following a
// link in its last step (O_NOFOLLOW), so a plain file needs no lstat: links and anything that
// cannot be opened take the careful way, which checks in the same order and says the same.




const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** Undefined where the platform has no such flag (Windows): there every read takes the careful way. */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
// A FIFO named like a config opens at once instead of waiting for a writer; fstat then refuses it.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (NO_FOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
class ConfigReader {
    workspace;
    root;
    folders = new Map();
    /** Real folders known to lie inside the workspace: every file in one does too. */
    inside = new Set();
    constructor(workspace) {
        this.workspace = workspace;
    }
    async read(file) {
        return this.readSync(file);
    }
    readSync(file) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.workspace, file);
        if (NO_FOLLOW === undefined)
            return this.readCarefully(file, absolute);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, OPEN_FLAGS);
        }
        catch {
            // A link, or an error that lstat may explain first: as the careful way says it.
            return this.readCarefully(file, absolute);
        }
        try {
            // Opened without following a link: the file is where its folder really is.
            const folder = this.realFolder(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute));
            const real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute));
            return this.checked(file, real, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), (size) => readOpen(fd, size), folder);
        }
        catch (error) {
            return unreadable(file, error);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    readCarefully(file, absolute) {
        let real;
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
            if (info.isSymbolicLink()) {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
                info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            }
            else {
                real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.realFolder(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute));
            }
        }
        catch (error) {
            return unreadable(file, error);
        }
        const found = info;
        return this.checked(file, real, () => found, () => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real);
            }
            catch (error) {
                return error;
            }
        });
    }
    /** The checks every read makes, in this order, once the file's real place is known. */
    checked(file, real, info, read, folder) {
        if (!this.isInside(real, folder)) {
            // A link out of the workspace could make the action print files of the runner.
            return fail(file, 'file-unreadable', 'The file is a link to a place outside the workspace; it is not read');
        }
        const stats = info();
        // Only regular files: a FIFO named like a config must not hang the run.
        if (!stats.isFile())
            return fail(file, 'file-unreadable', 'Not a regular file: a job config must be a file');
        if (stats.size > _document_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.maxBytes)
            return fail(file, 'yaml-size', (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .tooLargeMessage */ .pb)(stats.size));
        const bytes = read(stats.size);
        return bytes instanceof Error ? unreadable(file, bytes) : { ok: true, bytes };
    }
    /** Whether `real` lies in the workspace; asked once per real folder the file sits in. */
    isInside(real, folder) {
        if (folder !== undefined && this.inside.has(folder))
            return true;
        if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .within */ .ux)(this.realRoot(), real) === undefined)
            return false;
        if (folder !== undefined && (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .within */ .ux)(this.realRoot(), folder) !== undefined)
            this.inside.add(folder);
        return true;
    }
    realRoot() {
        if (this.root === undefined) {
            try {
                this.root = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.workspace);
            }
            catch {
                this.root = this.workspace;
            }
        }
        return this.root;
    }
    realFolder(folder) {
        let real = this.folders.get(folder);
        if (real === undefined) {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(folder);
            this.folders.set(folder, real);
        }
        return real;
    }
}
/** The whole file from an open descriptor; `size` is what fstat said, the end is where reads stop. */
function readOpen(fd, size) {
    try {
        let buffer = Buffer.allocUnsafe(Math.max(size, 1));
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger);
                buffer = larger;
            }
            const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, null);
            if (count === 0)
                return buffer.subarray(0, filled);
            filled += count;
        }
    }
    catch (error) {
        return error;
    }
}
function fail(file, rule, message) {
    return { ok: false, finding: { severity: 'error', rule, message, file, range: START } };
}
function unreadable(file, error) {
    return fail(file, 'file-unreadable', `Cannot read the file: ${reason(error)}`);
}
function reason(error) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return 'it does not exist (or is a broken link)';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ELOOP':
            return 'too many levels of links';
        default:
            return error.message;
    }
}


/***/ }),

/***/ 8829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ schemaFindings)
});

// UNUSED EXPORTS: REQUIRED_TAGS

// EXTERNAL MODULE: ./src/config/positions.ts
var positions = __nccwpck_require__(78);
// EXTERNAL MODULE: ./src/util/data.ts
var data = __nccwpck_require__(2122);
;// CONCATENATED MODULE: ./src/config/schema-lookup.ts
// Finds the sub-schemas that apply at a data path, to say which keys a mapping accepts.
// Follows local $refs, properties, additionalProperties, items and allOf/if/then branches.

function allowedKeys(root, segments) {
    const keys = new Set();
    for (const schema of schemasAt(root, segments)) {
        const properties = schema.properties;
        if (properties && typeof properties === 'object') {
            for (const key of Object.keys(properties))
                keys.add(key);
        }
    }
    return [...keys];
}
function schemasAt(root, segments) {
    let current = expand(root, [root]);
    for (const segment of segments) {
        const next = [];
        for (const schema of current) {
            const properties = schema.properties;
            if (properties && properties[segment])
                next.push(properties[segment]);
            else if ((0,data/* isRecord */.u)(schema.additionalProperties))
                next.push(schema.additionalProperties);
            if (/^\d+$/.test(segment) && (0,data/* isRecord */.u)(schema.items))
                next.push(schema.items);
        }
        current = expand(root, next);
        if (current.length === 0)
            break;
    }
    return current;
}
function expand(root, schemas) {
    const out = [];
    const stack = [...schemas];
    while (stack.length > 0 && out.length < 256) {
        const schema = stack.pop();
        out.push(schema);
        if (typeof schema.$ref === 'string') {
            const target = resolveRef(root, schema.$ref);
            if (target)
                stack.push(target);
        }
        for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
            const list = schema[keyword];
            if (Array.isArray(list))
                stack.push(...list.filter(data/* isRecord */.u));
        }
        if ((0,data/* isRecord */.u)(schema.then))
            stack.push(schema.then);
        if ((0,data/* isRecord */.u)(schema.else))
            stack.push(schema.else);
    }
    return out;
}
function resolveRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let node = root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
        const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = (0,data/* isRecord */.u)(node) ? node[segment] : undefined;
    }
    return (0,data/* isRecord */.u)(node) ? node : undefined;
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/config/schema-errors.ts



const REQUIRED_TAGS = [
    'job_name',
    'team',
    'pipeline_type',
    'environment',
    'cost_center',
];
function schemaFindings(config, errors, source) {
    const issues = collapseBranches(unwrap(errors)).filter((issue) => issue.keyword !== 'if' && issue.keyword !== 'propertyNames');
    const findings = [];
    const missingTags = new Map();
    for (const issue of issues) {
        const segments = (0,positions/* pointerSegments */.cP)(issue.instancePath);
        if (source.kind === 'job' && isMissingTags(issue, segments)) {
            const key = issue.instancePath;
            const set = missingTags.get(key) ?? new Set();
            if (issue.params.missingProperty === 'tags')
                REQUIRED_TAGS.forEach((t) => set.add(t));
            else
                set.add(String(issue.params.missingProperty));
            missingTags.set(key, set);
            continue;
        }
        const mapped = describe(config, issue, segments, source);
        if (!mapped)
            continue;
        findings.push({
            severity: 'error',
            file: config.file,
            ...mapped,
            rule: source.kind === 'policy' ? 'policy' : mapped.rule,
            keyword: issue.keyword,
            path: issue.instancePath,
        });
    }
    for (const [pointer, missing] of missingTags) {
        const segments = (0,positions/* pointerSegments */.cP)(pointer);
        const ordered = REQUIRED_TAGS.filter((tag) => missing.has(tag));
        findings.push({
            severity: 'error',
            rule: 'missing-required-tags',
            message: `Missing required tags: ${ordered.join(', ')}`,
            file: config.file,
            range: (0,positions/* mappingRange */.CF)(config, segments.at(-1) === 'tags' ? segments : [...segments, 'tags']),
            keyword: 'required',
            path: pointer,
        });
    }
    return dedupe(findings).map(({ keyword: _k, path: _p, ...finding }) => finding);
}
function isMissingTags(issue, segments) {
    if (issue.keyword !== 'required')
        return false;
    const path = segments.join('/');
    return (path === 'infrastructure/tags' ||
        (path === 'infrastructure' && issue.params.missingProperty === 'tags'));
}
function unwrap(errors) {
    const issues = [];
    for (const error of errors) {
        if (error.keyword === 'errorMessage') {
            const originals = error.params.errors ?? [];
            for (const original of originals) {
                issues.push({ ...toIssue(original), custom: error.message });
            }
        }
        else {
            issues.push(toIssue(error));
        }
    }
    return issues;
}
function toIssue(error) {
    return {
        instancePath: error.instancePath,
        schemaPath: error.schemaPath,
        keyword: error.keyword,
        params: error.params,
        propertyName: error.propertyName,
        message: error.message ?? 'is not valid',
    };
}
/**
 * anyOf/oneOf: keep the errors of the one branch the value was closest to (the branch whose type
 * it has, then the one with fewest errors) and drop the combinator's own error.
 */
function collapseBranches(issues) {
    const combinators = issues
        .filter((i) => i.keyword === 'anyOf' || i.keyword === 'oneOf')
        .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
    let remaining = issues;
    for (const combinator of combinators) {
        const base = combinator.schemaPath.replace(/\/(anyOf|oneOf)$/, '') + `/${combinator.keyword}/`;
        const branches = new Map();
        for (const issue of remaining) {
            if (!issue.schemaPath.startsWith(base))
                continue;
            const branch = issue.schemaPath.slice(base.length).split('/')[0];
            branches.set(branch, [...(branches.get(branch) ?? []), issue]);
        }
        const mistyped = (list) => list.some((i) => i.keyword === 'type' && i.instancePath === combinator.instancePath);
        const candidates = [...branches.values()];
        const drop = new Set([combinator, ...candidates.flat()]);
        if (candidates.length > 0 && candidates.every(mistyped)) {
            const types = candidates.flatMap((list) => list.filter((i) => i.keyword === 'type').flatMap((i) => [i.params.type].flat()));
            const merged = {
                ...combinator,
                keyword: 'type',
                params: { type: [...new Set(types)] },
                message: 'has the wrong type',
            };
            remaining = [...remaining.filter((i) => !drop.has(i)), merged];
            continue;
        }
        const best = candidates.filter((list) => !mistyped(list)).sort((a, b) => a.length - b.length)[0];
        const kept = new Set(best ?? []);
        remaining = remaining.filter((i) => !drop.has(i) || kept.has(i));
        if (!best)
            remaining.push({ ...combinator, message: 'does not match any allowed form' });
    }
    return remaining;
}
function describe(config, issue, segments, source) {
    const label = (0,positions/* displayPath */.Gt)(segments) || 'the config';
    const value = (0,positions/* dataAt */.ox)(config.data, segments);
    const path = segments.join('/');
    const job = source.kind === 'job';
    switch (issue.keyword) {
        case 'required': {
            const missing = String(issue.params.missingProperty);
            return {
                rule: 'missing-key',
                message: issue.custom ??
                    (segments.length === 0
                        ? `Missing required key '${missing}' at the top level`
                        : `Missing required key '${missing}' in ${label}`),
                range: (0,positions/* mappingRange */.CF)(config, segments),
            };
        }
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const extra = String(issue.params.additionalProperty ?? issue.params.unevaluatedProperty);
            const allowed = allowedKeys(source.schema, segments);
            const guess = (0,util_text/* closest */.kp)(extra, allowed);
            const hint = guess
                ? ` (did you mean '${guess}'?)`
                : allowed.length > 0
                    ? ` (expected one of: ${allowed.join(', ')})`
                    : '';
            return {
                rule: 'unknown-key',
                message: issue.custom ?? `Unknown key '${extra}' in ${label}${hint}`,
                range: (0,positions/* keyRange */.xA)(config, [...segments, extra]),
            };
        }
        case 'type':
            return wrongType(config, issue, segments, label, value);
        case 'enum': {
            const allowed = issue.params.allowedValues ?? [];
            if (job && path === 'infrastructure/provider') {
                return {
                    rule: 'unknown-provider',
                    message: `Unknown provider '${show(value)}' (expected one of: ${allowed.join(', ')})`,
                    range: (0,positions/* valueRange */.tR)(config, segments),
                };
            }
            if (job && path === 'infrastructure/runtime/type') {
                return {
                    rule: 'unknown-runtime',
                    message: `Unknown runtime type '${show(value)}' (expected one of: ${allowed.join(', ')})`,
                    range: (0,positions/* valueRange */.tR)(config, segments),
                };
            }
            const guess = typeof value === 'string' ? (0,util_text/* closest */.kp)(value, allowed.map(String)) : undefined;
            return {
                rule: 'invalid-value',
                message: issue.custom ??
                    `${label} must be one of: ${allowed.map(show).join(', ')} (found '${show(value)}')${guess ? `; did you mean '${guess}'?` : ''}`,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
        }
        case 'const': {
            if (job && path === 'infrastructure/runtime/type') {
                const provider = (0,positions/* dataAt */.ox)(config.data, ['infrastructure', 'provider']);
                return {
                    rule: 'runtime-mismatch',
                    message: `Runtime type '${show(value)}' is not compatible with provider '${show(provider)}'`,
                    range: (0,positions/* valueRange */.tR)(config, segments),
                };
            }
            return {
                rule: 'invalid-value',
                message: issue.custom ?? `${label} must be '${show(issue.params.allowedValue)}'`,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
        }
        case 'pattern': {
            if (issue.propertyName !== undefined) {
                const key = issue.propertyName;
                const inTags = job && path === 'infrastructure/tags';
                return {
                    rule: inTags ? 'tag-key' : job ? 'invalid-value' : 'policy',
                    message: inTags
                        ? `Tag key '${key}' must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)${suggestSnake(key)}`
                        : `Key '${key}' in ${label} is not allowed: ${issue.custom ?? `it must match ${String(issue.params.pattern)}`}`,
                    range: (0,positions/* keyRange */.xA)(config, [...segments, key]),
                };
            }
            // Placeholders are checked in every string of the document by rules.ts, with the fragment.
            if (job && String(issue.params.pattern).includes('terraform_outputs'))
                return undefined;
            if (job && path === 'infrastructure/region' && issue.custom) {
                return {
                    rule: 'region',
                    message: issue.custom.replace(/^Region /, `Region '${show(value)}' `),
                    range: (0,positions/* valueRange */.tR)(config, segments),
                };
            }
            return {
                rule: 'invalid-value',
                message: issue.custom
                    ? `${label} '${show(value)}' is not valid: ${issue.custom}`
                    : `${label} '${show(value)}' must match the pattern ${String(issue.params.pattern)}`,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
        }
        case 'minLength':
        case 'maxLength': {
            const limit = Number(issue.params.limit);
            const tag = job && segments[0] === 'infrastructure' && segments[1] === 'tags' && segments.length === 3;
            const what = tag ? `Tag '${segments[2]}'` : label;
            const message = issue.custom ??
                (issue.keyword === 'minLength' && limit === 1
                    ? `${what} must not be empty`
                    : `${what} must be ${issue.keyword === 'minLength' ? 'at least' : 'at most'} ${limit} characters long`);
            return {
                rule: tag ? 'tag-value' : 'invalid-value',
                message,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const comparison = String(issue.params.comparison);
            return {
                rule: 'invalid-value',
                message: issue.custom ??
                    `${label} must be ${comparison} ${String(issue.params.limit)} (found ${show(value)})`,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
        }
        case 'uniqueItems':
            return {
                rule: 'invalid-value',
                message: issue.custom ??
                    `${label} has the same item twice (items ${Number(issue.params.j) + 1} and ${Number(issue.params.i) + 1})`,
                range: (0,positions/* valueRange */.tR)(config, [...segments, String(issue.params.i)]),
            };
        default:
            return {
                rule: 'invalid-value',
                message: issue.custom ?? `${label} ${issue.message}`,
                range: (0,positions/* valueRange */.tR)(config, segments),
            };
    }
}
function wrongType(config, issue, segments, label, value) {
    const expected = [issue.params.type].flat().map(String);
    const tagKey = segments[0] === 'infrastructure' && segments[1] === 'tags' && segments.length === 3
        ? segments[2]
        : undefined;
    const rule = tagKey !== undefined ? 'tag-value' : 'wrong-type';
    const what = tagKey !== undefined ? `Tag '${tagKey}'` : label;
    const range = (0,positions/* valueRange */.tR)(config, segments);
    if (issue.custom && !expected.includes('string')) {
        return { rule, message: issue.custom, range };
    }
    if (value === null || value === undefined) {
        return { rule, message: `${what} has no value (expected ${typeWords(expected)})`, range };
    }
    const written = expected.includes('string') ? (0,positions/* plainScalarText */.UH)(config, segments) : undefined;
    if (written !== undefined) {
        const key = segments.at(-1) ?? 'value';
        return {
            rule,
            message: `${what} must be a string, but ${written} is read as ${article(kindOf(value))}: quote it (${key}: "${written}")`,
            range,
        };
    }
    return {
        rule,
        message: `${what} must be ${typeWords(expected)}, not ${article(kindOf(value))}`,
        range,
    };
}
function typeWords(types) {
    const words = types.map((t) => t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : article(t));
    return words.length > 1
        ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
        : (words[0] ?? 'valid');
}
function article(kind) {
    if (kind === 'mapping' || kind === 'list')
        return `a ${kind}`;
    if (kind === 'null')
        return 'null';
    return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    if (typeof value === 'object')
        return 'mapping';
    if (typeof value === 'number')
        return 'number';
    return typeof value;
}
function show(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    return JSON.stringify(value) ?? String(value);
}
/** Per place, the error that explains the others: a wrong type hides pattern/enum/const noise. */
function dedupe(findings) {
    const typed = new Set(findings.filter((f) => f.keyword === 'type').map((f) => f.path));
    const enumerated = new Set(findings.filter((f) => f.keyword === 'enum').map((f) => f.path));
    const seen = new Set();
    return findings.filter((f) => {
        if (f.keyword !== 'type' && typed.has(f.path))
            return false;
        if (f.keyword === 'const' && enumerated.has(f.path))
            return false;
        const key = `${f.rule}|${f.message}|${f.range?.line}|${f.range?.column}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function suggestSnake(key) {
    const snake = key
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toLowerCase();
    return /^[a-z][a-z0-9_]*$/.test(snake) && snake !== key ? `, e.g. '${snake}'` : '';
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ validateConfigBytes),
  x: () => (/* binding */ validateRead)
});

// EXTERNAL MODULE: ./src/config/claim.ts
var claim = __nccwpck_require__(8082);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/policy/config.ts + 2 modules
var policy_config = __nccwpck_require__(9462);
// EXTERNAL MODULE: ./src/config/document.ts
var config_document = __nccwpck_require__(9329);
;// CONCATENATED MODULE: ./src/config/generated/job-config.validate.js
// Generated by scripts/compile-schema.mjs from schema/job-config.schema.json. Do not edit.
function ucs2length(text) { let n = 0; for (const _ of text) n++; return n }const validate = (/* unused pure expression or super */ null && (validate24));/* harmony default export */ const job_config_validate = (validate24);const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/dativo/dativo-infra-action/v1/schema/job-config.schema.json","title":"Dativo ETL job config","description":"A Dativo ETL job definition. Known top-level keys are typed, other top-level keys are allowed; the infrastructure section is strict.","type":"object","properties":{"tenant_id":{"description":"Tenant that owns the job; used in paths, so letters, digits, '.', '_' and '-' only.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","errorMessage":"tenant_id must be letters, digits, '.', '_' or '-', starting with a letter or digit"},"environment":{"description":"Deployment environment of the job (e.g. dev, staging, prod).","type":"string","minLength":1},"source_connector":{"type":"string","minLength":1},"source_connector_path":{"type":"string","minLength":1},"target_connector":{"type":"string","minLength":1},"target_connector_path":{"type":"string","minLength":1},"asset":{"type":"string","minLength":1},"asset_path":{"type":"string","minLength":1},"source":{"description":"What the source connector reads.","type":"object","properties":{"objects":{"type":"array","items":{"type":"string"}}}},"target":{"description":"Where the target connector writes. The storage named here is what the job's runtime is allowed to use.","type":"object","properties":{"connection":{"type":"object","properties":{"s3":{"type":"object","properties":{"bucket":{"description":"S3 bucket name; the AWS runtime may read and write it and its objects.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","errorMessage":"S3 bucket names are 3-63 lowercase letters, digits, '.' and '-'"}}},"gcs":{"type":"object","properties":{"bucket":{"description":"Cloud Storage bucket name; the GCP runtime may read and write it.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$","errorMessage":"Cloud Storage bucket names are 3-222 lowercase letters, digits, '.', '_' and '-'"}}},"azure_blob":{"type":"object","properties":{"storage_account_id":{"description":"Resource ID of the Azure storage account the runtime may use.","type":"string","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$","errorMessage":"storage_account_id must be a storage account resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>"}}}}}}},"infrastructure":{"$ref":"#/$defs/infrastructure"}},"$defs":{"infrastructure":{"description":"The runtime this job runs on, provisioned by Terraform.","type":"object","additionalProperties":false,"required":["provider","runtime","region","tags"],"properties":{"provider":{"description":"Cloud provider; local is a sandbox that provisions nothing outside Terraform's state.","enum":["aws","azure","gcp","local"],"errorMessage":"Unknown provider ${0} (expected one of: aws, azure, gcp, local)"},"runtime":{"$ref":"#/$defs/runtime"},"region":{"description":"Cloud region, e.g. us-east-1 (aws), eastus (azure), us-central1 (gcp).","type":"string","minLength":1},"resource_identifiers":{"description":"Values filled in from Terraform outputs: write {{terraform_outputs.NAME}}.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/value"}},"tags":{"$ref":"#/$defs/tags"}},"allOf":[{"$ref":"#/$defs/providerRules/aws"},{"$ref":"#/$defs/providerRules/azure"},{"$ref":"#/$defs/providerRules/gcp"},{"$ref":"#/$defs/providerRules/local"}]},"runtime":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"Runtime type; must match the provider (aws_fargate, azure_container_apps, gcp_cloud_run, local).","enum":["aws_fargate","azure_container_apps","gcp_cloud_run","local"],"errorMessage":"Unknown runtime type ${0} (expected one of: aws_fargate, azure_container_apps, gcp_cloud_run, local)"},"image":{"description":"Container image URI the job runs.","type":"string","minLength":1},"cpu":{"description":"CPU for the container, in the runtime's own unit (AWS: CPU units such as \"1024\"; Azure: cores such as \"1.0\"; GCP: \"1\").","type":["string","number"]},"memory":{"description":"Memory for the container, in the runtime's own unit (AWS: MiB such as \"2048\"; Azure and GCP: \"2Gi\").","type":["string","number"]},"workload":{"description":"batch (default): runs to completion, on a schedule or on demand; service: long-running.","enum":["batch","service"]},"schedule":{"description":"Cron expression (five fields, UTC) that starts a batch job.","type":"string","pattern":"^\\S+( \\S+){4}$","errorMessage":"schedule must be a five-field cron expression, e.g. \"0 3 * * *\""},"timeout":{"description":"Longest a batch job's run may take (aws_fargate: whole seconds; gcp_cloud_run), in seconds with an s, e.g. \"3600s\"; 3600s when not given.","type":"string","pattern":"^[0-9]+(\\.[0-9]{1,9})?s$","errorMessage":"timeout must be a duration in seconds with an s, e.g. \"3600s\""},"min_replicas":{"type":"integer","minimum":0},"max_replicas":{"type":"integer","minimum":1},"secrets":{"description":"Secrets the job may read, one secret each (AWS Secrets Manager secret ARNs, Azure Key Vault secret IDs, GCP Secret Manager secret IDs): never a wildcard or a whole vault.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"environment_variables":{"description":"Plain environment variables for the container.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}},"tags":{"description":"Cost-allocation tags, lowercase_underscore keys with string values; converted for each cloud by the modules.","type":"object","required":["job_name","team","pipeline_type","environment","cost_center"],"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$","errorMessage":"Tag keys must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)"},"properties":{"job_name":{"$ref":"#/$defs/tagValue","description":"Unique job identifier; the runtime's resource names are built from it.","minLength":1},"team":{"$ref":"#/$defs/tagValue","description":"Owning team.","minLength":1},"pipeline_type":{"$ref":"#/$defs/tagValue","description":"Pipeline category, e.g. ingestion or transformation.","minLength":1},"environment":{"$ref":"#/$defs/tagValue","description":"Deployment environment, e.g. dev, staging or prod.","minLength":1},"cost_center":{"$ref":"#/$defs/tagValue","description":"Cost allocation identifier.","minLength":1}},"additionalProperties":{"$ref":"#/$defs/tagValue"},"errorMessage":{"required":{"job_name":"Missing required tags: job_name","team":"Missing required tags: team","pipeline_type":"Missing required tags: pipeline_type","environment":"Missing required tags: environment","cost_center":"Missing required tags: cost_center"}}},"value":{"description":"Any value; strings may hold {{terraform_outputs.NAME}} placeholders.","if":{"type":"string"},"then":{"pattern":"^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$","errorMessage":"Malformed Terraform output placeholder (expected {{terraform_outputs.NAME}})"}},"providerRules":{"aws":{"if":{"type":"object","properties":{"provider":{"const":"aws"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"aws_fargate","errorMessage":"Runtime type is not compatible with provider 'aws' (expected aws_fargate)"}}},"region":{"pattern":"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$","errorMessage":"Region does not look like an AWS region (e.g. us-east-1, eu-west-2)"}}}},"azure":{"if":{"type":"object","properties":{"provider":{"const":"azure"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"azure_container_apps","errorMessage":"Runtime type is not compatible with provider 'azure' (expected azure_container_apps)"}}},"region":{"pattern":"^[a-z][a-z0-9]{2,}$","errorMessage":"Region does not look like an Azure region (e.g. eastus, westeurope)"}}}},"gcp":{"if":{"type":"object","properties":{"provider":{"const":"gcp"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"gcp_cloud_run","errorMessage":"Runtime type is not compatible with provider 'gcp' (expected gcp_cloud_run)"}}},"region":{"pattern":"^[a-z]+-[a-z]+[0-9]{1,2}$","errorMessage":"Region does not look like a GCP region (e.g. us-central1, europe-west4)"}}}},"local":{"if":{"type":"object","properties":{"provider":{"const":"local"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"local","errorMessage":"Runtime type is not compatible with provider 'local' (expected local)"}}},"region":{"pattern":"^[a-z0-9][a-z0-9-]*$","errorMessage":"Region for the local sandbox must be lowercase letters, digits and '-' (e.g. local)"}}}}},"tagValue":{"type":"string","errorMessage":"Tag values must be strings: quote numbers, booleans and dates"}}};const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern5 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");const pattern6 = new RegExp("^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$", "u");const pattern7 = new RegExp("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$", "u");const func1 = ucs2length;const schema37 = {"description":"The runtime this job runs on, provisioned by Terraform.","type":"object","additionalProperties":false,"required":["provider","runtime","region","tags"],"properties":{"provider":{"description":"Cloud provider; local is a sandbox that provisions nothing outside Terraform's state.","enum":["aws","azure","gcp","local"],"errorMessage":"Unknown provider ${0} (expected one of: aws, azure, gcp, local)"},"runtime":{"$ref":"#/$defs/runtime"},"region":{"description":"Cloud region, e.g. us-east-1 (aws), eastus (azure), us-central1 (gcp).","type":"string","minLength":1},"resource_identifiers":{"description":"Values filled in from Terraform outputs: write {{terraform_outputs.NAME}}.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/value"}},"tags":{"$ref":"#/$defs/tags"}},"allOf":[{"$ref":"#/$defs/providerRules/aws"},{"$ref":"#/$defs/providerRules/azure"},{"$ref":"#/$defs/providerRules/gcp"},{"$ref":"#/$defs/providerRules/local"}]};const schema38 = {"if":{"type":"object","properties":{"provider":{"const":"aws"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"aws_fargate","errorMessage":"Runtime type is not compatible with provider 'aws' (expected aws_fargate)"}}},"region":{"pattern":"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$","errorMessage":"Region does not look like an AWS region (e.g. us-east-1, eu-west-2)"}}}};const schema39 = {"if":{"type":"object","properties":{"provider":{"const":"azure"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"azure_container_apps","errorMessage":"Runtime type is not compatible with provider 'azure' (expected azure_container_apps)"}}},"region":{"pattern":"^[a-z][a-z0-9]{2,}$","errorMessage":"Region does not look like an Azure region (e.g. eastus, westeurope)"}}}};const schema40 = {"if":{"type":"object","properties":{"provider":{"const":"gcp"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"gcp_cloud_run","errorMessage":"Runtime type is not compatible with provider 'gcp' (expected gcp_cloud_run)"}}},"region":{"pattern":"^[a-z]+-[a-z]+[0-9]{1,2}$","errorMessage":"Region does not look like a GCP region (e.g. us-central1, europe-west4)"}}}};const schema41 = {"if":{"type":"object","properties":{"provider":{"const":"local"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"local","errorMessage":"Runtime type is not compatible with provider 'local' (expected local)"}}},"region":{"pattern":"^[a-z0-9][a-z0-9-]*$","errorMessage":"Region for the local sandbox must be lowercase letters, digits and '-' (e.g. local)"}}}};const schema42 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"Runtime type; must match the provider (aws_fargate, azure_container_apps, gcp_cloud_run, local).","enum":["aws_fargate","azure_container_apps","gcp_cloud_run","local"],"errorMessage":"Unknown runtime type ${0} (expected one of: aws_fargate, azure_container_apps, gcp_cloud_run, local)"},"image":{"description":"Container image URI the job runs.","type":"string","minLength":1},"cpu":{"description":"CPU for the container, in the runtime's own unit (AWS: CPU units such as \"1024\"; Azure: cores such as \"1.0\"; GCP: \"1\").","type":["string","number"]},"memory":{"description":"Memory for the container, in the runtime's own unit (AWS: MiB such as \"2048\"; Azure and GCP: \"2Gi\").","type":["string","number"]},"workload":{"description":"batch (default): runs to completion, on a schedule or on demand; service: long-running.","enum":["batch","service"]},"schedule":{"description":"Cron expression (five fields, UTC) that starts a batch job.","type":"string","pattern":"^\\S+( \\S+){4}$","errorMessage":"schedule must be a five-field cron expression, e.g. \"0 3 * * *\""},"timeout":{"description":"Longest a batch job's run may take (aws_fargate: whole seconds; gcp_cloud_run), in seconds with an s, e.g. \"3600s\"; 3600s when not given.","type":"string","pattern":"^[0-9]+(\\.[0-9]{1,9})?s$","errorMessage":"timeout must be a duration in seconds with an s, e.g. \"3600s\""},"min_replicas":{"type":"integer","minimum":0},"max_replicas":{"type":"integer","minimum":1},"secrets":{"description":"Secrets the job may read, one secret each (AWS Secrets Manager secret ARNs, Azure Key Vault secret IDs, GCP Secret Manager secret IDs): never a wildcard or a whole vault.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"environment_variables":{"description":"Plain environment variables for the container.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}};const schema43 = {"description":"Any value; strings may hold {{terraform_outputs.NAME}} placeholders.","if":{"type":"string"},"then":{"pattern":"^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$","errorMessage":"Malformed Terraform output placeholder (expected {{terraform_outputs.NAME}})"}};const pattern8 = new RegExp("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", "u");const pattern9 = new RegExp("^[a-z][a-z0-9]{2,}$", "u");const pattern10 = new RegExp("^[a-z]+-[a-z]+[0-9]{1,2}$", "u");const pattern11 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern12 = new RegExp("^\\S+( \\S+){4}$", "u");const pattern13 = new RegExp("^[0-9]+(\\.[0-9]{1,9})?s$", "u");const pattern14 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern15 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");const pattern16 = new RegExp("^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$", "u");const func8 = Object.prototype.hasOwnProperty;const schema44 = {"description":"Cost-allocation tags, lowercase_underscore keys with string values; converted for each cloud by the modules.","type":"object","required":["job_name","team","pipeline_type","environment","cost_center"],"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$","errorMessage":"Tag keys must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)"},"properties":{"job_name":{"$ref":"#/$defs/tagValue","description":"Unique job identifier; the runtime's resource names are built from it.","minLength":1},"team":{"$ref":"#/$defs/tagValue","description":"Owning team.","minLength":1},"pipeline_type":{"$ref":"#/$defs/tagValue","description":"Pipeline category, e.g. ingestion or transformation.","minLength":1},"environment":{"$ref":"#/$defs/tagValue","description":"Deployment environment, e.g. dev, staging or prod.","minLength":1},"cost_center":{"$ref":"#/$defs/tagValue","description":"Cost allocation identifier.","minLength":1}},"additionalProperties":{"$ref":"#/$defs/tagValue"},"errorMessage":{"required":{"job_name":"Missing required tags: job_name","team":"Missing required tags: team","pipeline_type":"Missing required tags: pipeline_type","environment":"Missing required tags: environment","cost_center":"Missing required tags: cost_center"}}};const schema45 = {"type":"string","errorMessage":"Tag values must be strings: quote numbers, booleans and dates"};const pattern17 = new RegExp("^[a-z][a-z0-9_]*$", "u");const obj0 = {"required":"missingProperty","dependencies":"property","dependentRequired":"property"};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.job_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_name"},message:"must have required property '"+"job_name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.team === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.pipeline_type === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pipeline_type"},message:"must have required property '"+"pipeline_type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.environment === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.cost_center === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cost_center"},message:"must have required property '"+"cost_center"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){const _errs1 = errors;if(typeof key0 === "string"){if(!pattern17.test(key0)){const err5 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(errors > 0){const emErrs0 = [];for(const err6 of vErrors){if(((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && ((err6.instancePath === instancePath) || ((err6.instancePath.indexOf(instancePath) === 0) && (err6.instancePath[instancePath.length] === "/")))) && (err6.schemaPath.indexOf("#/propertyNames") === 0)) && (err6.schemaPath["#/propertyNames".length] === "/")){emErrs0.push(err6);err6.emUsed = true;}}if(emErrs0.length){const err7 = {instancePath,schemaPath:"#/propertyNames/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"Tag keys must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)",propertyName:key0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const emErrs1 = [];for(const err8 of vErrors){if(!err8.emUsed){emErrs1.push(err8);}}vErrors = emErrs1;errors = emErrs1.length;}var valid0 = _errs1 === errors;if(!valid0){const err9 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}for(const key1 in data){if(!(((((key1 === "job_name") || (key1 === "team")) || (key1 === "pipeline_type")) || (key1 === "environment")) || (key1 === "cost_center"))){if(typeof data[key1] !== "string"){const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(errors > 0){const emErrs2 = [];for(const err11 of vErrors){if(((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && ((err11.instancePath === instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")) || ((err11.instancePath.indexOf(instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")) === 0) && (err11.instancePath[instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/")))) && (err11.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err11.schemaPath["#/$defs/tagValue".length] === "/")){emErrs2.push(err11);err11.emUsed = true;}}if(emErrs2.length){const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const emErrs3 = [];for(const err13 of vErrors){if(!err13.emUsed){emErrs3.push(err13);}}vErrors = emErrs3;errors = emErrs3.length;}}}if(data.job_name !== undefined){let data1 = data.job_name;if(typeof data1 !== "string"){const err14 = {instancePath:instancePath+"/job_name",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(errors > 0){const emErrs4 = [];for(const err15 of vErrors){if(((((err15.keyword !== "errorMessage") && (!err15.emUsed)) && ((err15.instancePath === instancePath+"/job_name") || ((err15.instancePath.indexOf(instancePath+"/job_name") === 0) && (err15.instancePath[instancePath+"/job_name".length] === "/")))) && (err15.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err15.schemaPath["#/$defs/tagValue".length] === "/")){emErrs4.push(err15);err15.emUsed = true;}}if(emErrs4.length){const err16 = {instancePath:instancePath+"/job_name",schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const emErrs5 = [];for(const err17 of vErrors){if(!err17.emUsed){emErrs5.push(err17);}}vErrors = emErrs5;errors = emErrs5.length;}if(typeof data1 === "string"){if(func1(data1) < 1){const err18 = {instancePath:instancePath+"/job_name",schemaPath:"#/properties/job_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.team !== undefined){let data2 = data.team;if(typeof data2 !== "string"){const err19 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(errors > 0){const emErrs6 = [];for(const err20 of vErrors){if(((((err20.keyword !== "errorMessage") && (!err20.emUsed)) && ((err20.instancePath === instancePath+"/team") || ((err20.instancePath.indexOf(instancePath+"/team") === 0) && (err20.instancePath[instancePath+"/team".length] === "/")))) && (err20.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err20.schemaPath["#/$defs/tagValue".length] === "/")){emErrs6.push(err20);err20.emUsed = true;}}if(emErrs6.length){const err21 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const emErrs7 = [];for(const err22 of vErrors){if(!err22.emUsed){emErrs7.push(err22);}}vErrors = emErrs7;errors = emErrs7.length;}if(typeof data2 === "string"){if(func1(data2) < 1){const err23 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data.pipeline_type !== undefined){let data3 = data.pipeline_type;if(typeof data3 !== "string"){const err24 = {instancePath:instancePath+"/pipeline_type",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(errors > 0){const emErrs8 = [];for(const err25 of vErrors){if(((((err25.keyword !== "errorMessage") && (!err25.emUsed)) && ((err25.instancePath === instancePath+"/pipeline_type") || ((err25.instancePath.indexOf(instancePath+"/pipeline_type") === 0) && (err25.instancePath[instancePath+"/pipeline_type".length] === "/")))) && (err25.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err25.schemaPath["#/$defs/tagValue".length] === "/")){emErrs8.push(err25);err25.emUsed = true;}}if(emErrs8.length){const err26 = {instancePath:instancePath+"/pipeline_type",schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}const emErrs9 = [];for(const err27 of vErrors){if(!err27.emUsed){emErrs9.push(err27);}}vErrors = emErrs9;errors = emErrs9.length;}if(typeof data3 === "string"){if(func1(data3) < 1){const err28 = {instancePath:instancePath+"/pipeline_type",schemaPath:"#/properties/pipeline_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data.environment !== undefined){let data4 = data.environment;if(typeof data4 !== "string"){const err29 = {instancePath:instancePath+"/environment",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(errors > 0){const emErrs10 = [];for(const err30 of vErrors){if(((((err30.keyword !== "errorMessage") && (!err30.emUsed)) && ((err30.instancePath === instancePath+"/environment") || ((err30.instancePath.indexOf(instancePath+"/environment") === 0) && (err30.instancePath[instancePath+"/environment".length] === "/")))) && (err30.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err30.schemaPath["#/$defs/tagValue".length] === "/")){emErrs10.push(err30);err30.emUsed = true;}}if(emErrs10.length){const err31 = {instancePath:instancePath+"/environment",schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}const emErrs11 = [];for(const err32 of vErrors){if(!err32.emUsed){emErrs11.push(err32);}}vErrors = emErrs11;errors = emErrs11.length;}if(typeof data4 === "string"){if(func1(data4) < 1){const err33 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data.cost_center !== undefined){let data5 = data.cost_center;if(typeof data5 !== "string"){const err34 = {instancePath:instancePath+"/cost_center",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(errors > 0){const emErrs12 = [];for(const err35 of vErrors){if(((((err35.keyword !== "errorMessage") && (!err35.emUsed)) && ((err35.instancePath === instancePath+"/cost_center") || ((err35.instancePath.indexOf(instancePath+"/cost_center") === 0) && (err35.instancePath[instancePath+"/cost_center".length] === "/")))) && (err35.schemaPath.indexOf("#/$defs/tagValue") === 0)) && (err35.schemaPath["#/$defs/tagValue".length] === "/")){emErrs12.push(err35);err35.emUsed = true;}}if(emErrs12.length){const err36 = {instancePath:instancePath+"/cost_center",schemaPath:"#/$defs/tagValue/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"Tag values must be strings: quote numbers, booleans and dates"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}const emErrs13 = [];for(const err37 of vErrors){if(!err37.emUsed){emErrs13.push(err37);}}vErrors = emErrs13;errors = emErrs13.length;}if(typeof data5 === "string"){if(func1(data5) < 1){const err38 = {instancePath:instancePath+"/cost_center",schemaPath:"#/properties/cost_center/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(errors > 0){const emErrors0 = {"required":{"job_name":[],"team":[],"pipeline_type":[],"environment":[],"cost_center":[]}};const templates0 = {required:{}};let emPropParams0;let emParamsErrors0;for(const err40 of vErrors){if((((((err40.keyword !== "errorMessage") && (!err40.emUsed)) && (err40.instancePath === instancePath)) && (err40.keyword in emErrors0)) && (err40.schemaPath.indexOf("#") === 0)) && (/^\/[^\/]*$/.test(err40.schemaPath.slice(1)))){emPropParams0 = obj0[err40.keyword];emParamsErrors0 = emErrors0[err40.keyword][err40.params[emPropParams0]];if(emParamsErrors0){emParamsErrors0.push(err40);err40.emUsed = true;}}}for(const key2 in emErrors0){for(const keyProp0 in emErrors0[key2]){emParamsErrors0 = emErrors0[key2][keyProp0];if(emParamsErrors0.length){const tmpl0 = templates0[key2] && templates0[key2][keyProp0];const err41 = {instancePath,schemaPath:"#/errorMessage",keyword:"errorMessage",params:{errors: emParamsErrors0},message:tmpl0 ? tmpl0() : schema44.errorMessage[key2][keyProp0]};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}const emErrs14 = [];for(const err42 of vErrors){if(!err42.emUsed){emErrs14.push(err42);}}vErrors = emErrs14;errors = emErrs14.length;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs3 = errors;let valid2 = true;const _errs4 = errors;if(errors === _errs4){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.provider === undefined) && (missing0 = "provider")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.provider !== undefined){if("aws" !== data.provider){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}if(_valid0){const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.runtime !== undefined){let data1 = data.runtime;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.type !== undefined){if("aws_fargate" !== data1.type){const err3 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/aws/then/properties/runtime/properties/type/const",keyword:"const",params:{allowedValue: "aws_fargate"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(errors > 0){const emErrs0 = [];for(const err4 of vErrors){if(((((err4.keyword !== "errorMessage") && (!err4.emUsed)) && ((err4.instancePath === instancePath+"/runtime/type") || ((err4.instancePath.indexOf(instancePath+"/runtime/type") === 0) && (err4.instancePath[instancePath+"/runtime/type".length] === "/")))) && (err4.schemaPath.indexOf("#/$defs/providerRules/aws/then/properties/runtime/properties/type") === 0)) && (err4.schemaPath["#/$defs/providerRules/aws/then/properties/runtime/properties/type".length] === "/")){emErrs0.push(err4);err4.emUsed = true;}}if(emErrs0.length){const err5 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/aws/then/properties/runtime/properties/type/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"Runtime type is not compatible with provider 'aws' (expected aws_fargate)"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const emErrs1 = [];for(const err6 of vErrors){if(!err6.emUsed){emErrs1.push(err6);}}vErrors = emErrs1;errors = emErrs1.length;}}}else {const err7 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/providerRules/aws/then/properties/runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.region !== undefined){let data3 = data.region;if(typeof data3 === "string"){if(!pattern8.test(data3)){const err8 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/aws/then/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"},message:"must match pattern \""+"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(errors > 0){const emErrs2 = [];for(const err9 of vErrors){if(((((err9.keyword !== "errorMessage") && (!err9.emUsed)) && ((err9.instancePath === instancePath+"/region") || ((err9.instancePath.indexOf(instancePath+"/region") === 0) && (err9.instancePath[instancePath+"/region".length] === "/")))) && (err9.schemaPath.indexOf("#/$defs/providerRules/aws/then/properties/region") === 0)) && (err9.schemaPath["#/$defs/providerRules/aws/then/properties/region".length] === "/")){emErrs2.push(err9);err9.emUsed = true;}}if(emErrs2.length){const err10 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/aws/then/properties/region/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"Region does not look like an AWS region (e.g. us-east-1, eu-west-2)"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const emErrs3 = [];for(const err11 of vErrors){if(!err11.emUsed){emErrs3.push(err11);}}vErrors = emErrs3;errors = emErrs3.length;}}}else {const err12 = {instancePath,schemaPath:"#/$defs/providerRules/aws/then/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs7 === errors;valid2 = _valid0;if(valid2){var props0 = {};props0.runtime = true;props0.region = true;props0.provider = true;}}if(!valid2){const err13 = {instancePath,schemaPath:"#/$defs/providerRules/aws/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const _errs15 = errors;let valid7 = true;const _errs16 = errors;if(errors === _errs16){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.provider === undefined) && (missing1 = "provider")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {if(data.provider !== undefined){if("azure" !== data.provider){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}else {const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid1 = _errs16 === errors;errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}if(_valid1){const _errs19 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.runtime !== undefined){let data5 = data.runtime;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.type !== undefined){if("azure_container_apps" !== data5.type){const err17 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/azure/then/properties/runtime/properties/type/const",keyword:"const",params:{allowedValue: "azure_container_apps"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(errors > 0){const emErrs4 = [];for(const err18 of vErrors){if(((((err18.keyword !== "errorMessage") && (!err18.emUsed)) && ((err18.instancePath === instancePath+"/runtime/type") || ((err18.instancePath.indexOf(instancePath+"/runtime/type") === 0) && (err18.instancePath[instancePath+"/runtime/type".length] === "/")))) && (err18.schemaPath.indexOf("#/$defs/providerRules/azure/then/properties/runtime/properties/type") === 0)) && (err18.schemaPath["#/$defs/providerRules/azure/then/properties/runtime/properties/type".length] === "/")){emErrs4.push(err18);err18.emUsed = true;}}if(emErrs4.length){const err19 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/azure/then/properties/runtime/properties/type/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"Runtime type is not compatible with provider 'azure' (expected azure_container_apps)"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const emErrs5 = [];for(const err20 of vErrors){if(!err20.emUsed){emErrs5.push(err20);}}vErrors = emErrs5;errors = emErrs5.length;}}}else {const err21 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/providerRules/azure/then/properties/runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.region !== undefined){let data7 = data.region;if(typeof data7 === "string"){if(!pattern9.test(data7)){const err22 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/azure/then/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]{2,}$"},message:"must match pattern \""+"^[a-z][a-z0-9]{2,}$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(errors > 0){const emErrs6 = [];for(const err23 of vErrors){if(((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && ((err23.instancePath === instancePath+"/region") || ((err23.instancePath.indexOf(instancePath+"/region") === 0) && (err23.instancePath[instancePath+"/region".length] === "/")))) && (err23.schemaPath.indexOf("#/$defs/providerRules/azure/then/properties/region") === 0)) && (err23.schemaPath["#/$defs/providerRules/azure/then/properties/region".length] === "/")){emErrs6.push(err23);err23.emUsed = true;}}if(emErrs6.length){const err24 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/azure/then/properties/region/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"Region does not look like an Azure region (e.g. eastus, westeurope)"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const emErrs7 = [];for(const err25 of vErrors){if(!err25.emUsed){emErrs7.push(err25);}}vErrors = emErrs7;errors = emErrs7.length;}}}else {const err26 = {instancePath,schemaPath:"#/$defs/providerRules/azure/then/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid1 = _errs19 === errors;valid7 = _valid1;if(valid7){var props1 = {};props1.runtime = true;props1.region = true;props1.provider = true;}}if(!valid7){const err27 = {instancePath,schemaPath:"#/$defs/providerRules/azure/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs27 = errors;let valid12 = true;const _errs28 = errors;if(errors === _errs28){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.provider === undefined) && (missing2 = "provider")){const err28 = {};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}else {if(data.provider !== undefined){if("gcp" !== data.provider){const err29 = {};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}var _valid2 = _errs28 === errors;errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}if(_valid2){const _errs31 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.runtime !== undefined){let data9 = data.runtime;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.type !== undefined){if("gcp_cloud_run" !== data9.type){const err31 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/gcp/then/properties/runtime/properties/type/const",keyword:"const",params:{allowedValue: "gcp_cloud_run"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(errors > 0){const emErrs8 = [];for(const err32 of vErrors){if(((((err32.keyword !== "errorMessage") && (!err32.emUsed)) && ((err32.instancePath === instancePath+"/runtime/type") || ((err32.instancePath.indexOf(instancePath+"/runtime/type") === 0) && (err32.instancePath[instancePath+"/runtime/type".length] === "/")))) && (err32.schemaPath.indexOf("#/$defs/providerRules/gcp/then/properties/runtime/properties/type") === 0)) && (err32.schemaPath["#/$defs/providerRules/gcp/then/properties/runtime/properties/type".length] === "/")){emErrs8.push(err32);err32.emUsed = true;}}if(emErrs8.length){const err33 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/gcp/then/properties/runtime/properties/type/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"Runtime type is not compatible with provider 'gcp' (expected gcp_cloud_run)"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const emErrs9 = [];for(const err34 of vErrors){if(!err34.emUsed){emErrs9.push(err34);}}vErrors = emErrs9;errors = emErrs9.length;}}}else {const err35 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/providerRules/gcp/then/properties/runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.region !== undefined){let data11 = data.region;if(typeof data11 === "string"){if(!pattern10.test(data11)){const err36 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/gcp/then/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]+-[a-z]+[0-9]{1,2}$"},message:"must match pattern \""+"^[a-z]+-[a-z]+[0-9]{1,2}$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(errors > 0){const emErrs10 = [];for(const err37 of vErrors){if(((((err37.keyword !== "errorMessage") && (!err37.emUsed)) && ((err37.instancePath === instancePath+"/region") || ((err37.instancePath.indexOf(instancePath+"/region") === 0) && (err37.instancePath[instancePath+"/region".length] === "/")))) && (err37.schemaPath.indexOf("#/$defs/providerRules/gcp/then/properties/region") === 0)) && (err37.schemaPath["#/$defs/providerRules/gcp/then/properties/region".length] === "/")){emErrs10.push(err37);err37.emUsed = true;}}if(emErrs10.length){const err38 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/gcp/then/properties/region/errorMessage",keyword:"errorMessage",params:{errors: emErrs10},message:"Region does not look like a GCP region (e.g. us-central1, europe-west4)"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}const emErrs11 = [];for(const err39 of vErrors){if(!err39.emUsed){emErrs11.push(err39);}}vErrors = emErrs11;errors = emErrs11.length;}}}else {const err40 = {instancePath,schemaPath:"#/$defs/providerRules/gcp/then/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid2 = _errs31 === errors;valid12 = _valid2;if(valid12){var props2 = {};props2.runtime = true;props2.region = true;props2.provider = true;}}if(!valid12){const err41 = {instancePath,schemaPath:"#/$defs/providerRules/gcp/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}const _errs39 = errors;let valid17 = true;const _errs40 = errors;if(errors === _errs40){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.provider === undefined) && (missing3 = "provider")){const err42 = {};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}else {if(data.provider !== undefined){if("local" !== data.provider){const err43 = {};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}}else {const err44 = {};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}var _valid3 = _errs40 === errors;errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}if(_valid3){const _errs43 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.runtime !== undefined){let data13 = data.runtime;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.type !== undefined){if("local" !== data13.type){const err45 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/local/then/properties/runtime/properties/type/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(errors > 0){const emErrs12 = [];for(const err46 of vErrors){if(((((err46.keyword !== "errorMessage") && (!err46.emUsed)) && ((err46.instancePath === instancePath+"/runtime/type") || ((err46.instancePath.indexOf(instancePath+"/runtime/type") === 0) && (err46.instancePath[instancePath+"/runtime/type".length] === "/")))) && (err46.schemaPath.indexOf("#/$defs/providerRules/local/then/properties/runtime/properties/type") === 0)) && (err46.schemaPath["#/$defs/providerRules/local/then/properties/runtime/properties/type".length] === "/")){emErrs12.push(err46);err46.emUsed = true;}}if(emErrs12.length){const err47 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/providerRules/local/then/properties/runtime/properties/type/errorMessage",keyword:"errorMessage",params:{errors: emErrs12},message:"Runtime type is not compatible with provider 'local' (expected local)"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}const emErrs13 = [];for(const err48 of vErrors){if(!err48.emUsed){emErrs13.push(err48);}}vErrors = emErrs13;errors = emErrs13.length;}}}else {const err49 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/providerRules/local/then/properties/runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.region !== undefined){let data15 = data.region;if(typeof data15 === "string"){if(!pattern11.test(data15)){const err50 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/local/then/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(errors > 0){const emErrs14 = [];for(const err51 of vErrors){if(((((err51.keyword !== "errorMessage") && (!err51.emUsed)) && ((err51.instancePath === instancePath+"/region") || ((err51.instancePath.indexOf(instancePath+"/region") === 0) && (err51.instancePath[instancePath+"/region".length] === "/")))) && (err51.schemaPath.indexOf("#/$defs/providerRules/local/then/properties/region") === 0)) && (err51.schemaPath["#/$defs/providerRules/local/then/properties/region".length] === "/")){emErrs14.push(err51);err51.emUsed = true;}}if(emErrs14.length){const err52 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/providerRules/local/then/properties/region/errorMessage",keyword:"errorMessage",params:{errors: emErrs14},message:"Region for the local sandbox must be lowercase letters, digits and '-' (e.g. local)"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}const emErrs15 = [];for(const err53 of vErrors){if(!err53.emUsed){emErrs15.push(err53);}}vErrors = emErrs15;errors = emErrs15.length;}}}else {const err54 = {instancePath,schemaPath:"#/$defs/providerRules/local/then/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}var _valid3 = _errs43 === errors;valid17 = _valid3;if(valid17){var props3 = {};props3.runtime = true;props3.region = true;props3.provider = true;}}if(!valid17){const err55 = {instancePath,schemaPath:"#/$defs/providerRules/local/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(props0 !== true && props3 !== undefined){if(props3 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props3);}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.provider === undefined){const err56 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data.runtime === undefined){const err57 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime"},message:"must have required property '"+"runtime"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data.region === undefined){const err58 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data.tags === undefined){const err59 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}for(const key0 in data){if(!(((((key0 === "provider") || (key0 === "runtime")) || (key0 === "region")) || (key0 === "resource_identifiers")) || (key0 === "tags"))){const err60 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.provider !== undefined){let data16 = data.provider;if(!((((data16 === "aws") || (data16 === "azure")) || (data16 === "gcp")) || (data16 === "local"))){const err61 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema37.properties.provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(errors > 0){const emErrs16 = [];for(const err62 of vErrors){if(((((err62.keyword !== "errorMessage") && (!err62.emUsed)) && ((err62.instancePath === instancePath+"/provider") || ((err62.instancePath.indexOf(instancePath+"/provider") === 0) && (err62.instancePath[instancePath+"/provider".length] === "/")))) && (err62.schemaPath.indexOf("#/properties/provider") === 0)) && (err62.schemaPath["#/properties/provider".length] === "/")){emErrs16.push(err62);err62.emUsed = true;}}if(emErrs16.length){const err63 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/errorMessage",keyword:"errorMessage",params:{errors: emErrs16},message:"Unknown provider " + JSON.stringify(data16) + " (expected one of: aws, azure, gcp, local)"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}const emErrs17 = [];for(const err64 of vErrors){if(!err64.emUsed){emErrs17.push(err64);}}vErrors = emErrs17;errors = emErrs17.length;}}if(data.runtime !== undefined){let data17 = data.runtime;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.type === undefined){const err65 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/runtime/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key1 in data17){if(!(func8.call(schema42.properties, key1))){const err66 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/runtime/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data17.type !== undefined){let data18 = data17.type;if(!((((data18 === "aws_fargate") || (data18 === "azure_container_apps")) || (data18 === "gcp_cloud_run")) || (data18 === "local"))){const err67 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/runtime/properties/type/enum",keyword:"enum",params:{allowedValues: schema42.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(errors > 0){const emErrs18 = [];for(const err68 of vErrors){if(((((err68.keyword !== "errorMessage") && (!err68.emUsed)) && ((err68.instancePath === instancePath+"/runtime/type") || ((err68.instancePath.indexOf(instancePath+"/runtime/type") === 0) && (err68.instancePath[instancePath+"/runtime/type".length] === "/")))) && (err68.schemaPath.indexOf("#/$defs/runtime/properties/type") === 0)) && (err68.schemaPath["#/$defs/runtime/properties/type".length] === "/")){emErrs18.push(err68);err68.emUsed = true;}}if(emErrs18.length){const err69 = {instancePath:instancePath+"/runtime/type",schemaPath:"#/$defs/runtime/properties/type/errorMessage",keyword:"errorMessage",params:{errors: emErrs18},message:"Unknown runtime type " + JSON.stringify(data18) + " (expected one of: aws_fargate, azure_container_apps, gcp_cloud_run, local)"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}const emErrs19 = [];for(const err70 of vErrors){if(!err70.emUsed){emErrs19.push(err70);}}vErrors = emErrs19;errors = emErrs19.length;}}if(data17.image !== undefined){let data19 = data17.image;if(typeof data19 === "string"){if(func1(data19) < 1){const err71 = {instancePath:instancePath+"/runtime/image",schemaPath:"#/$defs/runtime/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/runtime/image",schemaPath:"#/$defs/runtime/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data17.cpu !== undefined){let data20 = data17.cpu;if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){const err73 = {instancePath:instancePath+"/runtime/cpu",schemaPath:"#/$defs/runtime/properties/cpu/type",keyword:"type",params:{type: schema42.properties.cpu.type},message:"must be string,number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data17.memory !== undefined){let data21 = data17.memory;if((typeof data21 !== "string") && (!((typeof data21 == "number") && (isFinite(data21))))){const err74 = {instancePath:instancePath+"/runtime/memory",schemaPath:"#/$defs/runtime/properties/memory/type",keyword:"type",params:{type: schema42.properties.memory.type},message:"must be string,number"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data17.workload !== undefined){let data22 = data17.workload;if(!((data22 === "batch") || (data22 === "service"))){const err75 = {instancePath:instancePath+"/runtime/workload",schemaPath:"#/$defs/runtime/properties/workload/enum",keyword:"enum",params:{allowedValues: schema42.properties.workload.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data17.schedule !== undefined){let data23 = data17.schedule;if(typeof data23 === "string"){if(!pattern12.test(data23)){const err76 = {instancePath:instancePath+"/runtime/schedule",schemaPath:"#/$defs/runtime/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^\\S+( \\S+){4}$"},message:"must match pattern \""+"^\\S+( \\S+){4}$"+"\""};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/runtime/schedule",schemaPath:"#/$defs/runtime/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(errors > 0){const emErrs20 = [];for(const err78 of vErrors){if(((((err78.keyword !== "errorMessage") && (!err78.emUsed)) && ((err78.instancePath === instancePath+"/runtime/schedule") || ((err78.instancePath.indexOf(instancePath+"/runtime/schedule") === 0) && (err78.instancePath[instancePath+"/runtime/schedule".length] === "/")))) && (err78.schemaPath.indexOf("#/$defs/runtime/properties/schedule") === 0)) && (err78.schemaPath["#/$defs/runtime/properties/schedule".length] === "/")){emErrs20.push(err78);err78.emUsed = true;}}if(emErrs20.length){const err79 = {instancePath:instancePath+"/runtime/schedule",schemaPath:"#/$defs/runtime/properties/schedule/errorMessage",keyword:"errorMessage",params:{errors: emErrs20},message:"schedule must be a five-field cron expression, e.g. \"0 3 * * *\""};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}const emErrs21 = [];for(const err80 of vErrors){if(!err80.emUsed){emErrs21.push(err80);}}vErrors = emErrs21;errors = emErrs21.length;}}if(data17.timeout !== undefined){let data24 = data17.timeout;if(typeof data24 === "string"){if(!pattern13.test(data24)){const err81 = {instancePath:instancePath+"/runtime/timeout",schemaPath:"#/$defs/runtime/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]{1,9})?s$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]{1,9})?s$"+"\""};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/runtime/timeout",schemaPath:"#/$defs/runtime/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(errors > 0){const emErrs22 = [];for(const err83 of vErrors){if(((((err83.keyword !== "errorMessage") && (!err83.emUsed)) && ((err83.instancePath === instancePath+"/runtime/timeout") || ((err83.instancePath.indexOf(instancePath+"/runtime/timeout") === 0) && (err83.instancePath[instancePath+"/runtime/timeout".length] === "/")))) && (err83.schemaPath.indexOf("#/$defs/runtime/properties/timeout") === 0)) && (err83.schemaPath["#/$defs/runtime/properties/timeout".length] === "/")){emErrs22.push(err83);err83.emUsed = true;}}if(emErrs22.length){const err84 = {instancePath:instancePath+"/runtime/timeout",schemaPath:"#/$defs/runtime/properties/timeout/errorMessage",keyword:"errorMessage",params:{errors: emErrs22},message:"timeout must be a duration in seconds with an s, e.g. \"3600s\""};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}const emErrs23 = [];for(const err85 of vErrors){if(!err85.emUsed){emErrs23.push(err85);}}vErrors = emErrs23;errors = emErrs23.length;}}if(data17.min_replicas !== undefined){let data25 = data17.min_replicas;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){const err86 = {instancePath:instancePath+"/runtime/min_replicas",schemaPath:"#/$defs/runtime/properties/min_replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 0 || isNaN(data25)){const err87 = {instancePath:instancePath+"/runtime/min_replicas",schemaPath:"#/$defs/runtime/properties/min_replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}if(data17.max_replicas !== undefined){let data26 = data17.max_replicas;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err88 = {instancePath:instancePath+"/runtime/max_replicas",schemaPath:"#/$defs/runtime/properties/max_replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 1 || isNaN(data26)){const err89 = {instancePath:instancePath+"/runtime/max_replicas",schemaPath:"#/$defs/runtime/properties/max_replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}if(data17.secrets !== undefined){let data27 = data17.secrets;if(Array.isArray(data27)){const len0 = data27.length;for(let i0=0; i0<len0; i0++){let data28 = data27[i0];if(typeof data28 === "string"){if(func1(data28) < 1){const err90 = {instancePath:instancePath+"/runtime/secrets/" + i0,schemaPath:"#/$defs/runtime/properties/secrets/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/runtime/secrets/" + i0,schemaPath:"#/$defs/runtime/properties/secrets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}let i1 = data27.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data27[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err92 = {instancePath:instancePath+"/runtime/secrets",schemaPath:"#/$defs/runtime/properties/secrets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;break;}indices0[item0] = i1;}}}else {const err93 = {instancePath:instancePath+"/runtime/secrets",schemaPath:"#/$defs/runtime/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data17.environment_variables !== undefined){let data29 = data17.environment_variables;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key2 in data29){const _errs77 = errors;if(typeof key2 === "string"){if(!pattern14.test(key2)){const err94 = {instancePath:instancePath+"/runtime/environment_variables",schemaPath:"#/$defs/runtime/properties/environment_variables/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key2};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}var valid27 = _errs77 === errors;if(!valid27){const err95 = {instancePath:instancePath+"/runtime/environment_variables",schemaPath:"#/$defs/runtime/properties/environment_variables/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}for(const key3 in data29){if(typeof data29[key3] !== "string"){const err96 = {instancePath:instancePath+"/runtime/environment_variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/runtime/properties/environment_variables/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/runtime/environment_variables",schemaPath:"#/$defs/runtime/properties/environment_variables/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath:instancePath+"/runtime",schemaPath:"#/$defs/runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data.region !== undefined){let data31 = data.region;if(typeof data31 === "string"){if(func1(data31) < 1){const err99 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data.resource_identifiers !== undefined){let data32 = data.resource_identifiers;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key4 in data32){const _errs85 = errors;if(typeof key4 === "string"){if(!pattern15.test(key4)){const err101 = {instancePath:instancePath+"/resource_identifiers",schemaPath:"#/properties/resource_identifiers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}var valid29 = _errs85 === errors;if(!valid29){const err102 = {instancePath:instancePath+"/resource_identifiers",schemaPath:"#/properties/resource_identifiers/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}for(const key5 in data32){let data33 = data32[key5];const _errs89 = errors;let valid32 = true;const _errs90 = errors;if(typeof data33 !== "string"){const err103 = {};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}var _valid4 = _errs90 === errors;errors = _errs89;if(vErrors !== null){if(_errs89){vErrors.length = _errs89;}else {vErrors = null;}}if(_valid4){const _errs92 = errors;if(typeof data33 === "string"){if(!pattern16.test(data33)){const err104 = {instancePath:instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/value/then/pattern",keyword:"pattern",params:{pattern: "^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$"},message:"must match pattern \""+"^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$"+"\""};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(errors > 0){const emErrs24 = [];for(const err105 of vErrors){if(((((err105.keyword !== "errorMessage") && (!err105.emUsed)) && ((err105.instancePath === instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")) || ((err105.instancePath.indexOf(instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")) === 0) && (err105.instancePath[instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/")))) && (err105.schemaPath.indexOf("#/$defs/value/then") === 0)) && (err105.schemaPath["#/$defs/value/then".length] === "/")){emErrs24.push(err105);err105.emUsed = true;}}if(emErrs24.length){const err106 = {instancePath:instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/value/then/errorMessage",keyword:"errorMessage",params:{errors: emErrs24},message:"Malformed Terraform output placeholder (expected {{terraform_outputs.NAME}})"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}const emErrs25 = [];for(const err107 of vErrors){if(!err107.emUsed){emErrs25.push(err107);}}vErrors = emErrs25;errors = emErrs25.length;}var _valid4 = _errs92 === errors;valid32 = _valid4;}if(!valid32){const err108 = {instancePath:instancePath+"/resource_identifiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/value/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath:instancePath+"/resource_identifiers",schemaPath:"#/properties/resource_identifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data.tags !== undefined){if(!(validate26(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}}else {const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/dativo/dativo-infra-action/v1/schema/job-config.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.tenant_id !== undefined){let data0 = data.tenant_id;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err0 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(errors > 0){const emErrs0 = [];for(const err2 of vErrors){if(((((err2.keyword !== "errorMessage") && (!err2.emUsed)) && ((err2.instancePath === instancePath+"/tenant_id") || ((err2.instancePath.indexOf(instancePath+"/tenant_id") === 0) && (err2.instancePath[instancePath+"/tenant_id".length] === "/")))) && (err2.schemaPath.indexOf("#/properties/tenant_id") === 0)) && (err2.schemaPath["#/properties/tenant_id".length] === "/")){emErrs0.push(err2);err2.emUsed = true;}}if(emErrs0.length){const err3 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"tenant_id must be letters, digits, '.', '_' or '-', starting with a letter or digit"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const emErrs1 = [];for(const err4 of vErrors){if(!err4.emUsed){emErrs1.push(err4);}}vErrors = emErrs1;errors = emErrs1.length;}}if(data.environment !== undefined){let data1 = data.environment;if(typeof data1 === "string"){if(func1(data1) < 1){const err5 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.source_connector !== undefined){let data2 = data.source_connector;if(typeof data2 === "string"){if(func1(data2) < 1){const err7 = {instancePath:instancePath+"/source_connector",schemaPath:"#/properties/source_connector/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/source_connector",schemaPath:"#/properties/source_connector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.source_connector_path !== undefined){let data3 = data.source_connector_path;if(typeof data3 === "string"){if(func1(data3) < 1){const err9 = {instancePath:instancePath+"/source_connector_path",schemaPath:"#/properties/source_connector_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/source_connector_path",schemaPath:"#/properties/source_connector_path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.target_connector !== undefined){let data4 = data.target_connector;if(typeof data4 === "string"){if(func1(data4) < 1){const err11 = {instancePath:instancePath+"/target_connector",schemaPath:"#/properties/target_connector/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/target_connector",schemaPath:"#/properties/target_connector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.target_connector_path !== undefined){let data5 = data.target_connector_path;if(typeof data5 === "string"){if(func1(data5) < 1){const err13 = {instancePath:instancePath+"/target_connector_path",schemaPath:"#/properties/target_connector_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/target_connector_path",schemaPath:"#/properties/target_connector_path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.asset !== undefined){let data6 = data.asset;if(typeof data6 === "string"){if(func1(data6) < 1){const err15 = {instancePath:instancePath+"/asset",schemaPath:"#/properties/asset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/asset",schemaPath:"#/properties/asset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.asset_path !== undefined){let data7 = data.asset_path;if(typeof data7 === "string"){if(func1(data7) < 1){const err17 = {instancePath:instancePath+"/asset_path",schemaPath:"#/properties/asset_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/asset_path",schemaPath:"#/properties/asset_path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.source !== undefined){let data8 = data.source;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.objects !== undefined){let data9 = data8.objects;if(Array.isArray(data9)){const len0 = data9.length;for(let i0=0; i0<len0; i0++){if(typeof data9[i0] !== "string"){const err19 = {instancePath:instancePath+"/source/objects/" + i0,schemaPath:"#/properties/source/properties/objects/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/source/objects",schemaPath:"#/properties/source/properties/objects/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.target !== undefined){let data11 = data.target;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.connection !== undefined){let data12 = data11.connection;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.s3 !== undefined){let data13 = data12.s3;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.bucket !== undefined){let data14 = data13.bucket;if(typeof data14 === "string"){if(!pattern5.test(data14)){const err22 = {instancePath:instancePath+"/target/connection/s3/bucket",schemaPath:"#/properties/target/properties/connection/properties/s3/properties/bucket/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/target/connection/s3/bucket",schemaPath:"#/properties/target/properties/connection/properties/s3/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(errors > 0){const emErrs2 = [];for(const err24 of vErrors){if(((((err24.keyword !== "errorMessage") && (!err24.emUsed)) && ((err24.instancePath === instancePath+"/target/connection/s3/bucket") || ((err24.instancePath.indexOf(instancePath+"/target/connection/s3/bucket") === 0) && (err24.instancePath[instancePath+"/target/connection/s3/bucket".length] === "/")))) && (err24.schemaPath.indexOf("#/properties/target/properties/connection/properties/s3/properties/bucket") === 0)) && (err24.schemaPath["#/properties/target/properties/connection/properties/s3/properties/bucket".length] === "/")){emErrs2.push(err24);err24.emUsed = true;}}if(emErrs2.length){const err25 = {instancePath:instancePath+"/target/connection/s3/bucket",schemaPath:"#/properties/target/properties/connection/properties/s3/properties/bucket/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"S3 bucket names are 3-63 lowercase letters, digits, '.' and '-'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}const emErrs3 = [];for(const err26 of vErrors){if(!err26.emUsed){emErrs3.push(err26);}}vErrors = emErrs3;errors = emErrs3.length;}}}else {const err27 = {instancePath:instancePath+"/target/connection/s3",schemaPath:"#/properties/target/properties/connection/properties/s3/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data12.gcs !== undefined){let data15 = data12.gcs;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.bucket !== undefined){let data16 = data15.bucket;if(typeof data16 === "string"){if(!pattern6.test(data16)){const err28 = {instancePath:instancePath+"/target/connection/gcs/bucket",schemaPath:"#/properties/target/properties/connection/properties/gcs/properties/bucket/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/target/connection/gcs/bucket",schemaPath:"#/properties/target/properties/connection/properties/gcs/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(errors > 0){const emErrs4 = [];for(const err30 of vErrors){if(((((err30.keyword !== "errorMessage") && (!err30.emUsed)) && ((err30.instancePath === instancePath+"/target/connection/gcs/bucket") || ((err30.instancePath.indexOf(instancePath+"/target/connection/gcs/bucket") === 0) && (err30.instancePath[instancePath+"/target/connection/gcs/bucket".length] === "/")))) && (err30.schemaPath.indexOf("#/properties/target/properties/connection/properties/gcs/properties/bucket") === 0)) && (err30.schemaPath["#/properties/target/properties/connection/properties/gcs/properties/bucket".length] === "/")){emErrs4.push(err30);err30.emUsed = true;}}if(emErrs4.length){const err31 = {instancePath:instancePath+"/target/connection/gcs/bucket",schemaPath:"#/properties/target/properties/connection/properties/gcs/properties/bucket/errorMessage",keyword:"errorMessage",params:{errors: emErrs4},message:"Cloud Storage bucket names are 3-222 lowercase letters, digits, '.', '_' and '-'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}const emErrs5 = [];for(const err32 of vErrors){if(!err32.emUsed){emErrs5.push(err32);}}vErrors = emErrs5;errors = emErrs5.length;}}}else {const err33 = {instancePath:instancePath+"/target/connection/gcs",schemaPath:"#/properties/target/properties/connection/properties/gcs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data12.azure_blob !== undefined){let data17 = data12.azure_blob;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.storage_account_id !== undefined){let data18 = data17.storage_account_id;if(typeof data18 === "string"){if(!pattern7.test(data18)){const err34 = {instancePath:instancePath+"/target/connection/azure_blob/storage_account_id",schemaPath:"#/properties/target/properties/connection/properties/azure_blob/properties/storage_account_id/pattern",keyword:"pattern",params:{pattern: "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$"},message:"must match pattern \""+"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$"+"\""};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/target/connection/azure_blob/storage_account_id",schemaPath:"#/properties/target/properties/connection/properties/azure_blob/properties/storage_account_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(errors > 0){const emErrs6 = [];for(const err36 of vErrors){if(((((err36.keyword !== "errorMessage") && (!err36.emUsed)) && ((err36.instancePath === instancePath+"/target/connection/azure_blob/storage_account_id") || ((err36.instancePath.indexOf(instancePath+"/target/connection/azure_blob/storage_account_id") === 0) && (err36.instancePath[instancePath+"/target/connection/azure_blob/storage_account_id".length] === "/")))) && (err36.schemaPath.indexOf("#/properties/target/properties/connection/properties/azure_blob/properties/storage_account_id") === 0)) && (err36.schemaPath["#/properties/target/properties/connection/properties/azure_blob/properties/storage_account_id".length] === "/")){emErrs6.push(err36);err36.emUsed = true;}}if(emErrs6.length){const err37 = {instancePath:instancePath+"/target/connection/azure_blob/storage_account_id",schemaPath:"#/properties/target/properties/connection/properties/azure_blob/properties/storage_account_id/errorMessage",keyword:"errorMessage",params:{errors: emErrs6},message:"storage_account_id must be a storage account resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}const emErrs7 = [];for(const err38 of vErrors){if(!err38.emUsed){emErrs7.push(err38);}}vErrors = emErrs7;errors = emErrs7.length;}}}else {const err39 = {instancePath:instancePath+"/target/connection/azure_blob",schemaPath:"#/properties/target/properties/connection/properties/azure_blob/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/target/connection",schemaPath:"#/properties/target/properties/connection/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.infrastructure !== undefined){if(!(validate25(data.infrastructure, {instancePath:instancePath+"/infrastructure",parentData:data,parentDataProperty:"infrastructure",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":{"tenant_id":true,"environment":true,"source_connector":true,"source_connector_path":true,"target_connector":true,"target_connector_path":true,"asset":true,"asset_path":true,"source":true,"target":true,"infrastructure":true},"dynamicProps":false,"dynamicItems":false};
const schema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/dativo/dativo-infra-action/v1/schema/job-config.schema.json","title":"Dativo ETL job config","description":"A Dativo ETL job definition. Known top-level keys are typed, other top-level keys are allowed; the infrastructure section is strict.","type":"object","properties":{"tenant_id":{"description":"Tenant that owns the job; used in paths, so letters, digits, '.', '_' and '-' only.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","errorMessage":"tenant_id must be letters, digits, '.', '_' or '-', starting with a letter or digit"},"environment":{"description":"Deployment environment of the job (e.g. dev, staging, prod).","type":"string","minLength":1},"source_connector":{"type":"string","minLength":1},"source_connector_path":{"type":"string","minLength":1},"target_connector":{"type":"string","minLength":1},"target_connector_path":{"type":"string","minLength":1},"asset":{"type":"string","minLength":1},"asset_path":{"type":"string","minLength":1},"source":{"description":"What the source connector reads.","type":"object","properties":{"objects":{"type":"array","items":{"type":"string"}}}},"target":{"description":"Where the target connector writes. The storage named here is what the job's runtime is allowed to use.","type":"object","properties":{"connection":{"type":"object","properties":{"s3":{"type":"object","properties":{"bucket":{"description":"S3 bucket name; the AWS runtime may read and write it and its objects.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","errorMessage":"S3 bucket names are 3-63 lowercase letters, digits, '.' and '-'"}}},"gcs":{"type":"object","properties":{"bucket":{"description":"Cloud Storage bucket name; the GCP runtime may read and write it.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$","errorMessage":"Cloud Storage bucket names are 3-222 lowercase letters, digits, '.', '_' and '-'"}}},"azure_blob":{"type":"object","properties":{"storage_account_id":{"description":"Resource ID of the Azure storage account the runtime may use.","type":"string","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$","errorMessage":"storage_account_id must be a storage account resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>"}}}}}}},"infrastructure":{"$ref":"#/$defs/infrastructure"}},"$defs":{"infrastructure":{"description":"The runtime this job runs on, provisioned by Terraform.","type":"object","additionalProperties":false,"required":["provider","runtime","region","tags"],"properties":{"provider":{"description":"Cloud provider; local is a sandbox that provisions nothing outside Terraform's state.","enum":["aws","azure","gcp","local"],"errorMessage":"Unknown provider ${0} (expected one of: aws, azure, gcp, local)"},"runtime":{"$ref":"#/$defs/runtime"},"region":{"description":"Cloud region, e.g. us-east-1 (aws), eastus (azure), us-central1 (gcp).","type":"string","minLength":1},"resource_identifiers":{"description":"Values filled in from Terraform outputs: write {{terraform_outputs.NAME}}.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/value"}},"tags":{"$ref":"#/$defs/tags"}},"allOf":[{"$ref":"#/$defs/providerRules/aws"},{"$ref":"#/$defs/providerRules/azure"},{"$ref":"#/$defs/providerRules/gcp"},{"$ref":"#/$defs/providerRules/local"}]},"runtime":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"Runtime type; must match the provider (aws_fargate, azure_container_apps, gcp_cloud_run, local).","enum":["aws_fargate","azure_container_apps","gcp_cloud_run","local"],"errorMessage":"Unknown runtime type ${0} (expected one of: aws_fargate, azure_container_apps, gcp_cloud_run, local)"},"image":{"description":"Container image URI the job runs.","type":"string","minLength":1},"cpu":{"description":"CPU for the container, in the runtime's own unit (AWS: CPU units such as \"1024\"; Azure: cores such as \"1.0\"; GCP: \"1\").","type":["string","number"]},"memory":{"description":"Memory for the container, in the runtime's own unit (AWS: MiB such as \"2048\"; Azure and GCP: \"2Gi\").","type":["string","number"]},"workload":{"description":"batch (default): runs to completion, on a schedule or on demand; service: long-running.","enum":["batch","service"]},"schedule":{"description":"Cron expression (five fields, UTC) that starts a batch job.","type":"string","pattern":"^\\S+( \\S+){4}$","errorMessage":"schedule must be a five-field cron expression, e.g. \"0 3 * * *\""},"timeout":{"description":"Longest a batch job's run may take (aws_fargate: whole seconds; gcp_cloud_run), in seconds with an s, e.g. \"3600s\"; 3600s when not given.","type":"string","pattern":"^[0-9]+(\\.[0-9]{1,9})?s$","errorMessage":"timeout must be a duration in seconds with an s, e.g. \"3600s\""},"min_replicas":{"type":"integer","minimum":0},"max_replicas":{"type":"integer","minimum":1},"secrets":{"description":"Secrets the job may read, one secret each (AWS Secrets Manager secret ARNs, Azure Key Vault secret IDs, GCP Secret Manager secret IDs): never a wildcard or a whole vault.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"environment_variables":{"description":"Plain environment variables for the container.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}},"tags":{"description":"Cost-allocation tags, lowercase_underscore keys with string values; converted for each cloud by the modules.","type":"object","required":["job_name","team","pipeline_type","environment","cost_center"],"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$","errorMessage":"Tag keys must be lowercase_underscore (a-z, 0-9 and _, starting with a letter)"},"properties":{"job_name":{"$ref":"#/$defs/tagValue","description":"Unique job identifier; the runtime's resource names are built from it.","minLength":1},"team":{"$ref":"#/$defs/tagValue","description":"Owning team.","minLength":1},"pipeline_type":{"$ref":"#/$defs/tagValue","description":"Pipeline category, e.g. ingestion or transformation.","minLength":1},"environment":{"$ref":"#/$defs/tagValue","description":"Deployment environment, e.g. dev, staging or prod.","minLength":1},"cost_center":{"$ref":"#/$defs/tagValue","description":"Cost allocation identifier.","minLength":1}},"additionalProperties":{"$ref":"#/$defs/tagValue"},"errorMessage":{"required":{"job_name":"Missing required tags: job_name","team":"Missing required tags: team","pipeline_type":"Missing required tags: pipeline_type","environment":"Missing required tags: environment","cost_center":"Missing required tags: cost_center"}}},"value":{"description":"Any value; strings may hold {{terraform_outputs.NAME}} placeholders.","if":{"type":"string"},"then":{"pattern":"^(?:(?!terraform_outputs)[\\s\\S]|(?<=(?<!\\{)\\{\\{\\s*)terraform_outputs\\.[A-Za-z_][A-Za-z0-9_-]*(?=\\s*\\}\\}(?!\\})))*$","errorMessage":"Malformed Terraform output placeholder (expected {{terraform_outputs.NAME}})"}},"providerRules":{"aws":{"if":{"type":"object","properties":{"provider":{"const":"aws"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"aws_fargate","errorMessage":"Runtime type is not compatible with provider 'aws' (expected aws_fargate)"}}},"region":{"pattern":"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$","errorMessage":"Region does not look like an AWS region (e.g. us-east-1, eu-west-2)"}}}},"azure":{"if":{"type":"object","properties":{"provider":{"const":"azure"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"azure_container_apps","errorMessage":"Runtime type is not compatible with provider 'azure' (expected azure_container_apps)"}}},"region":{"pattern":"^[a-z][a-z0-9]{2,}$","errorMessage":"Region does not look like an Azure region (e.g. eastus, westeurope)"}}}},"gcp":{"if":{"type":"object","properties":{"provider":{"const":"gcp"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"gcp_cloud_run","errorMessage":"Runtime type is not compatible with provider 'gcp' (expected gcp_cloud_run)"}}},"region":{"pattern":"^[a-z]+-[a-z]+[0-9]{1,2}$","errorMessage":"Region does not look like a GCP region (e.g. us-central1, europe-west4)"}}}},"local":{"if":{"type":"object","properties":{"provider":{"const":"local"}},"required":["provider"]},"then":{"type":"object","properties":{"runtime":{"type":"object","properties":{"type":{"const":"local","errorMessage":"Runtime type is not compatible with provider 'local' (expected local)"}}},"region":{"pattern":"^[a-z0-9][a-z0-9-]*$","errorMessage":"Region for the local sandbox must be lowercase letters, digits and '-' (e.g. local)"}}}}},"tagValue":{"type":"string","errorMessage":"Tag values must be strings: quote numbers, booleans and dates"}}};

// EXTERNAL MODULE: ./src/config/placeholders.ts
var placeholders = __nccwpck_require__(3782);
;// CONCATENATED MODULE: ./src/config/job.ts

/** Builds the job from data that already passed validation, at the places given. */
function jobFromData(file, data, places = {}) {
    const infrastructure = data.infrastructure;
    const connection = (data.target?.connection ??
        {});
    // Copies: a string read from the document may be a slice of the config's whole text, which the
    // job would otherwise keep in memory for the whole run.
    const own = structuredClone({
        tenantId: typeof data.tenant_id === 'string' ? data.tenant_id : undefined,
        provider: infrastructure.provider,
        runtime: infrastructure.runtime,
        region: infrastructure.region,
        tags: infrastructure.tags,
        target: {
            s3Bucket: connection.s3?.bucket,
            gcsBucket: connection.gcs?.bucket,
            azureStorageAccountId: connection.azure_blob?.storage_account_id,
        },
        placeholders: placeholderNames(data),
    });
    return {
        file,
        jobName: own.tags.job_name,
        environment: own.tags.environment,
        ...own,
        range: places.range,
        runtimeRange: places.runtimeRange,
        tagsRange: places.tagsRange,
    };
}
function placeholderNames(data) {
    const names = new Set();
    // Children pushed in reverse, so they come off the stack in the order they were written.
    const stack = [data];
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value === 'string') {
            for (const placeholder of (0,placeholders/* findPlaceholders */.GY)(value))
                names.add(placeholder.name);
        }
        else if (value && typeof value === 'object') {
            const children = Array.isArray(value) ? value : Object.values(value);
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    return [...names];
}

// EXTERNAL MODULE: ./src/config/plain-yaml.ts
var plain_yaml = __nccwpck_require__(7360);
// EXTERNAL MODULE: ./src/config/positions.ts
var positions = __nccwpck_require__(78);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/tags/convert.ts
var convert = __nccwpck_require__(9586);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/tags/naming.ts
// The names each runtime module builds from a job, and the limits of the services that hold
// them. terraform/modules/names holds this table in HCL for the modules (a test keeps the two
// equal); validation checks a job against it so a name that cannot fit is an error in the pull
// request, not a failed apply.

const RUNTIME_TYPES = (/* unused pure expression or super */ null && ([
    'aws_fargate',
    'azure_container_apps',
    'gcp_cloud_run',
    'local',
]));
const PROVIDER_RUNTIME = {
    aws: 'aws_fargate',
    azure: 'azure_container_apps',
    gcp: 'gcp_cloud_run',
    local: 'local',
};
const AWS_NAME = { pattern: /^[A-Za-z0-9_-]+$/, allowed: "letters, digits, '_' and '-'" };
const AZURE_APP = {
    pattern: /^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$/,
    allowed: "lowercase letters, digits and single '-', starting with a letter and ending with a letter or digit",
};
const AZURE_NAME = {
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "letters, digits and '-', starting and ending with a letter or digit",
};
const GCP_NAME = {
    pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/,
    allowed: "lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
};
const NAME_RULES = {
    aws_fargate: [
        { resource: 'ECS cluster', build: (p) => `${p}-cluster`, max: 255, ...AWS_NAME },
        { resource: 'ECS service', build: (p) => `${p}-service`, max: 255, ...AWS_NAME },
        { resource: 'task definition family', build: (p) => p, max: 255, ...AWS_NAME },
        { resource: 'IAM execution role', build: (p) => `${p}-execution`, max: 64, ...AWS_NAME },
        { resource: 'IAM task role', build: (p) => `${p}-task`, max: 64, ...AWS_NAME },
        { resource: 'IAM scheduler role', build: (p) => `${p}-scheduler`, max: 64, ...AWS_NAME },
        { resource: 'security group', build: (p) => `${p}-tasks`, max: 255, ...AWS_NAME },
        { resource: 'EventBridge schedule', build: (p) => p, max: 64, ...AWS_NAME },
        {
            resource: 'CloudWatch log group',
            build: (p) => `/dativo/${p}`,
            max: 512,
            ...AWS_NAME_PATH(),
        },
        { resource: 'state machine', build: (p) => p, max: 80, ...AWS_NAME },
        { resource: 'IAM workflow role', build: (p) => `${p}-workflow`, max: 64, ...AWS_NAME },
        { resource: 'dead-letter queue', build: (p) => `${p}-dead-letters`, max: 80, ...AWS_NAME },
    ],
    azure_container_apps: [
        { resource: 'Container App (job)', build: (p) => p, max: 32, ...AZURE_APP },
        { resource: 'Container Apps environment', build: (p) => `${p}-env`, max: 60, ...AZURE_NAME },
        { resource: 'Log Analytics workspace', build: (p) => `${p}-logs`, max: 63, ...AZURE_NAME },
        { resource: 'managed identity', build: (p) => `${p}-identity`, max: 128, ...AZURE_NAME },
        { resource: 'resource group', build: (p) => `${p}-rg`, max: 90, ...AZURE_NAME },
    ],
    gcp_cloud_run: [
        { resource: 'Cloud Run job or service', build: (p) => p, max: 49, ...GCP_NAME },
        { resource: 'service account', build: gcpServiceAccountId, max: 30, ...GCP_NAME },
        { resource: 'Cloud Scheduler job', build: (p) => `${p}-schedule`, max: 500, ...GCP_NAME },
        {
            resource: 'Cloud Scheduler service account',
            build: (p) => gcpServiceAccountId(`${p}-sch`),
            max: 30,
            ...GCP_NAME,
        },
    ],
    local: [
        { resource: 'cluster', build: (p) => `${p}-cluster`, max: 255, ...AWS_NAME },
        { resource: 'service', build: (p) => `${p}-service`, max: 255, ...AWS_NAME },
    ],
};
function AWS_NAME_PATH() {
    return { pattern: /^\/dativo\/[A-Za-z0-9_-]+$/, allowed: AWS_NAME.allowed };
}
/** The prefix every resource name of a job starts with. */
function namePrefix(jobName, environment) {
    return `${jobName}-${environment}`;
}
/**
 * GCP service account IDs stop at 30 characters: a longer prefix keeps its first 21 and adds
 * 8 hex digits of its SHA-256, so two jobs never share an account.
 */
function gcpServiceAccountId(prefix) {
    if (prefix.length >= 6 && prefix.length <= 30)
        return prefix;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(prefix).digest('hex').slice(0, 8);
    return `${prefix.slice(0, 21)}-${hash}`;
}
function resourceNames(runtime, jobName, environment) {
    const prefix = namePrefix(jobName, environment);
    return NAME_RULES[runtime].map((rule) => ({
        resource: rule.resource,
        name: rule.build(prefix),
        max: rule.max,
    }));
}
/** Every way job_name and environment fail the runtime's names, worst first. */
function checkResourceNames(runtime, jobName, environment) {
    const problems = [];
    const prefix = namePrefix(jobName, environment);
    for (const rule of NAME_RULES[runtime]) {
        const name = rule.build(prefix);
        if (!rule.pattern.test(name)) {
            const cause = rule.pattern.test(rule.build(namePrefix(jobName, 'x')))
                ? 'environment'
                : 'job_name';
            const value = cause === 'job_name' ? jobName : environment;
            problems.push({
                cause,
                message: `${cause} '${value}' cannot be used in ${runtime} resource names: the ${rule.resource} name '${name}' may only hold ${rule.allowed}`,
            });
            break;
        }
    }
    if (problems.length > 0)
        return problems;
    let worst;
    for (const rule of NAME_RULES[runtime]) {
        const name = rule.build(prefix);
        if (name.length > rule.max &&
            (!worst || name.length - rule.max > worst.name.length - worst.rule.max)) {
            worst = { rule, name };
        }
    }
    if (worst) {
        const over = worst.name.length - worst.rule.max;
        problems.push({
            cause: 'job_name',
            message: `job_name '${jobName}' is too long for ${runtime}: the ${worst.rule.resource} name '${worst.name}' would be ${worst.name.length} characters (at most ${worst.rule.max}); shorten job_name or environment by ${over}`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/util/data.ts
var data = __nccwpck_require__(2122);
;// CONCATENATED MODULE: ./src/config/grants.ts



/** The secret ids each cloud runtime's module accepts: one secret each, never a wildcard. */
const SECRET_RULES = {
    aws_fargate: {
        pattern: '^arn:aws[a-z-]*:secretsmanager:[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+-([A-Za-z0-9]{6}|[?]{6})$',
        expected: "one Secrets Manager secret by its ARN, e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf or …:secret:stripe-?????? (a '*' would grant every matching secret of the account)",
    },
    azure_container_apps: {
        pattern: '(?i)^/subscriptions/[^*]+/providers/Microsoft\\.KeyVault/vaults/[a-z0-9-]{3,24}/secrets/[a-z0-9-]{1,127}$',
        expected: "one Key Vault secret by its resource ID, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name> (a vault's ID would grant every secret in it)",
    },
    gcp_cloud_run: {
        pattern: '^(projects/[a-z0-9.:-]+/secrets/)?[A-Za-z0-9_-]{1,255}$',
        expected: 'one Secret Manager secret by its ID, e.g. stripe-token or projects/<project>/secrets/stripe-token (no wildcard, no version)',
    },
};
/** An RE2 pattern of the modules as a JavaScript RegExp (their only flag is a leading `(?i)`). */
function moduleRegExp(pattern) {
    return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}
function checkGrants(config, add) {
    const infrastructure = (0,positions/* dataAt */.ox)(config.data, ['infrastructure']);
    if (!(0,data/* isRecord */.u)(infrastructure) || !(0,data/* isRecord */.u)(infrastructure.runtime))
        return;
    const { provider, runtime } = infrastructure;
    if (typeof provider !== 'string' || PROVIDER_RUNTIME[provider] !== runtime.type)
        return;
    const rule = SECRET_RULES[runtime.type];
    if (!rule || !Array.isArray(runtime.secrets))
        return;
    const accepts = moduleRegExp(rule.pattern);
    runtime.secrets.forEach((secret, index) => {
        if (typeof secret !== 'string' || accepts.test(secret))
            return;
        add('error', 'grant', `secret '${secret}' is not one the ${String(runtime.type)} module grants: give ${rule.expected}`, (0,positions/* valueRange */.tR)(config, ['infrastructure', 'runtime', 'secrets', String(index)]));
    });
}

;// CONCATENATED MODULE: ./src/config/runtime-limits.ts



function checkRuntimeLimits(config, add) {
    const infrastructure = (0,positions/* dataAt */.ox)(config.data, ['infrastructure']);
    if (!(0,data/* isRecord */.u)(infrastructure) || !(0,data/* isRecord */.u)(infrastructure.runtime))
        return;
    const runtime = infrastructure.runtime;
    const provider = infrastructure.provider;
    if (typeof provider !== 'string' || PROVIDER_RUNTIME[provider] !== runtime.type)
        return;
    const at = (key) => (0,positions/* valueRange */.tR)(config, ['infrastructure', 'runtime', key]);
    if (runtime.type === 'azure_container_apps')
        checkContainerApps(runtime, at, add);
    if (runtime.type === 'gcp_cloud_run')
        checkCloudRun(runtime, at, add);
    if (runtime.type === 'aws_fargate')
        checkFargate(runtime, at, add);
    if (runtime.timeout !== undefined &&
        runtime.type !== 'gcp_cloud_run' &&
        runtime.type !== 'aws_fargate') {
        add('error', 'runtime', `timeout is a setting of the gcp_cloud_run and aws_fargate runtimes; the ${String(runtime.type)} module has none`, at('timeout'));
    }
}
/** A number written as a YAML number or a string such as "1.0". */
function decimal(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(value))
        return Number(value);
    return undefined;
}
function written(value) {
    return typeof value === 'string' ? `'${value}'` : String(value);
}
/**
 * Container Apps on the consumption plan: 0.25 to 4 cores in steps of 0.25, and exactly twice
 * as many Gi of memory (the module's defaults: 0.5 cores, "1Gi").
 */
function checkContainerApps(runtime, at, add) {
    const cpu = runtime.cpu === undefined ? 0.5 : decimal(runtime.cpu);
    if (cpu === undefined || cpu < 0.25 || cpu > 4 || !Number.isInteger(cpu * 4)) {
        add('error', 'runtime', `cpu ${written(runtime.cpu)} is not offered by Azure Container Apps: 0.25 to 4 cores in steps of 0.25, e.g. "0.5" or "1.0"`, at('cpu'));
        return;
    }
    const memory = runtime.memory === undefined ? '1Gi' : runtime.memory;
    const gi = typeof memory === 'string' ? /^([0-9]+(?:\.[0-9]+)?)Gi$/.exec(memory) : null;
    if (!gi) {
        add('error', 'runtime', `memory ${written(memory)} is not a Container Apps memory size: write it in Gi, e.g. "${cpu * 2}Gi"`, at('memory'));
        return;
    }
    if (Number(gi[1]) !== cpu * 2) {
        const fix = `cpu ${cpu} takes memory "${cpu * 2}Gi" on Azure Container Apps, which gives a replica twice its cores in Gi`;
        add('error', 'runtime', runtime.memory === undefined
            ? `${fix} (memory defaults to "1Gi"): set memory`
            : `memory ${written(memory)} does not go with cpu ${cpu}: ${fix}`, at(runtime.memory === undefined ? 'cpu' : 'memory'));
    }
}
/** Cloud Run CPUs the module can use, and the memory (MiB) each allows. */
const CLOUD_RUN_MEMORY = {
    1: [512, 4096],
    2: [512, 8192],
    4: [2048, 16384],
    6: [4096, 24576],
    8: [4096, 32768],
};
/** Cloud Run jobs may run a task for at most 168 hours. */
const CLOUD_RUN_MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;
/** Cloud Run: 1, 2, 4, 6 or 8 CPUs, each with its memory range; a job's task timeout. */
function checkCloudRun(runtime, at, add) {
    const cpuText = runtime.cpu === undefined ? '1' : runtime.cpu;
    const millis = typeof cpuText === 'string' ? /^([0-9]+)m$/.exec(cpuText) : null;
    const cpu = millis ? Number(millis[1]) / 1000 : decimal(cpuText);
    const range = cpu === undefined ? undefined : CLOUD_RUN_MEMORY[cpu];
    if (!range) {
        add('error', 'runtime', `cpu ${written(runtime.cpu)} is not offered by Cloud Run to the gcp_cloud_run module: use 1, 2, 4, 6 or 8 (less than one CPU needs request-based billing and concurrency 1, which the module does not set)`, at('cpu'));
    }
    else {
        const memory = runtime.memory === undefined ? '2Gi' : runtime.memory;
        const size = typeof memory === 'string' ? /^([0-9]+)(Mi|Gi)$/.exec(memory) : null;
        if (!size) {
            add('error', 'runtime', `memory ${written(memory)} is not a Cloud Run memory limit: write it in Mi or Gi, e.g. "2Gi"`, at('memory'));
        }
        else {
            const mib = Number(size[1]) * (size[2] === 'Gi' ? 1024 : 1);
            const [least, most] = range;
            if (mib < least || mib > most) {
                add('error', 'runtime', `memory ${written(memory)} does not go with cpu ${cpu} on Cloud Run: ${cpu} CPU${cpu === 1 ? '' : 's'} take ${mebibytes(least)} to ${mebibytes(most)}`, at(runtime.memory === undefined ? 'cpu' : 'memory'));
            }
        }
    }
    if (typeof runtime.timeout === 'string') {
        if (runtime.workload === 'service') {
            add('error', 'runtime', 'timeout limits a batch job\'s task; a service has none: remove it or use workload "batch"', at('timeout'));
            return;
        }
        const seconds = Number(runtime.timeout.slice(0, -1));
        if (!(seconds > 0) || seconds > CLOUD_RUN_MAX_TIMEOUT_SECONDS) {
            add('error', 'runtime', `timeout '${runtime.timeout}' is not one Cloud Run jobs accept: more than 0s and at most ${CLOUD_RUN_MAX_TIMEOUT_SECONDS}s (168 hours)`, at('timeout'));
        }
    }
}
function mebibytes(mib) {
    return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}
/**
 * An ECS service scales on CPU: with no task running there is no CPU to scale out on. A batch
 * run's timeout is Step Functions' TimeoutSeconds: whole seconds, as long as Cloud Run's.
 */
function checkFargate(runtime, at, add) {
    if (runtime.workload === 'service' && runtime.min_replicas === 0) {
        add('error', 'runtime', 'An ECS service with min_replicas 0 can never scale out from zero: it scales on CPU, and with no task running there is none to measure; set min_replicas to 1 or more', at('min_replicas'));
    }
    if (typeof runtime.timeout !== 'string')
        return;
    if (runtime.workload === 'service') {
        add('error', 'runtime', 'timeout limits a batch run; a service has none: remove it or use workload "batch"', at('timeout'));
        return;
    }
    const seconds = Number(runtime.timeout.slice(0, -1));
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > CLOUD_RUN_MAX_TIMEOUT_SECONDS) {
        add('error', 'runtime', `timeout '${runtime.timeout}' is not one the aws_fargate module takes: whole seconds from 1s to ${CLOUD_RUN_MAX_TIMEOUT_SECONDS}s (168 hours)`, at('timeout'));
    }
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/config/rules.ts
// The rules of CONTRACT §4 that JSON Schema cannot say: placeholders in every string, tag values
// as each cloud will see them, resource names that must fit, and consistency warnings.











const MAX_TAGS = { aws: 50, azure: 50, gcp: 64, local: Infinity };
/** Characters AWS accepts in tag keys and values. */
const AWS_TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const AZURE_KEY_FORBIDDEN = /[<>%&\\?/]/;
function ruleFindings(config, options) {
    const findings = [];
    const add = (severity, rule, message, range, hint) => findings.push({ severity, rule, message, file: config.file, range, ...(hint ? { hint } : {}) });
    checkPlaceholders(config, add);
    checkTopLevelKeys(config, add);
    const infrastructure = (0,positions/* dataAt */.ox)(config.data, ['infrastructure']);
    if (!(0,data/* isRecord */.u)(infrastructure))
        return findings;
    const tags = infrastructure.tags;
    if (!(0,data/* isRecord */.u)(tags))
        return findings;
    checkYaml11Readings(config, tags, add);
    checkRuntimeLimits(config, add);
    checkGrants(config, add);
    const provider = infrastructure.provider;
    const runtimeType = (0,data/* isRecord */.u)(infrastructure.runtime) ? infrastructure.runtime.type : undefined;
    const compatible = typeof provider === 'string' &&
        PROVIDER_RUNTIME[provider] !== undefined &&
        PROVIDER_RUNTIME[provider] === runtimeType;
    const stringTags = Object.values(tags).every((v) => typeof v === 'string');
    if (compatible && stringTags) {
        checkCloudTags(config, provider, runtimeType, tags, options, add);
        const jobName = tags.job_name;
        const environment = tags.environment;
        if (typeof jobName === 'string' && typeof environment === 'string' && jobName && environment) {
            for (const problem of checkResourceNames(runtimeType, jobName, environment)) {
                add('error', 'resource-name', problem.message, (0,positions/* valueRange */.tR)(config, ['infrastructure', 'tags', problem.cause]));
            }
        }
    }
    const topEnvironment = (0,positions/* dataAt */.ox)(config.data, ['environment']);
    if (typeof topEnvironment === 'string' &&
        typeof tags.environment === 'string' &&
        tags.environment !== topEnvironment) {
        const line = (0,positions/* keyLine */.YC)(config, ['environment']);
        const where = line ? ` (line ${line})` : '';
        add('warning', 'environment-mismatch', `Tag environment '${tags.environment}' differs from the job's environment '${topEnvironment}'${where}: resources will be named and tagged '${tags.environment}'`, (0,positions/* valueRange */.tR)(config, ['infrastructure', 'tags', 'environment']));
    }
    return findings;
}
/** The top-level keys the schema knows; others are allowed, unless they look like a typo of one. */
const TOP_LEVEL_KEYS = Object.keys(schema.properties);
/**
 * A top-level key a typo away from a known one (`infrastucture`, `enviroment`) is an error: left
 * alone, the config would silently lose that section (the infrastructure section's own keys are
 * strict in the schema, with the same did-you-mean).
 */
function checkTopLevelKeys(config, add) {
    for (const key of Object.keys(config.data)) {
        if (Object.hasOwn(schema.properties, key))
            continue;
        const meant = (0,util_text/* closest */.kp)(key, TOP_LEVEL_KEYS);
        if (meant === undefined)
            continue;
        add('error', 'unknown-key', `Unknown key '${key}' at the top level (did you mean '${meant}'?)`, (0,positions/* keyRange */.xA)(config, [key]));
    }
}
/** Every string value in the document, wherever it is (placeholders may stand anywhere). */
function checkPlaceholders(config, add) {
    // A quick read has each scalar once in its data and no flow mappings: the data tells if any
    // string needs a look, and the reader where each is written.
    if (config.plain) {
        if (!someString(config.data, (text) => (0,placeholders/* findMalformed */.nu)(text).length > 0))
            return;
        const plain = config.plain;
        for (const { segments, start, end } of plain.scalars()) {
            const value = (0,positions/* dataAt */.ox)(config.data, segments);
            if (typeof value !== 'string')
                continue;
            for (const bad of (0,placeholders/* malformedInScalar */.nL)(value, config.text.slice(start, end), start)) {
                add('error', 'malformed-placeholder', bad.message, plain.rangeOf(bad.start, bad.end), bad.hint);
            }
        }
        return;
    }
    const stack = [config.doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node))
            continue;
        if ((0,dist/* isMap */.jh)(node) && node.flow && node.range) {
            // Unquoted, `{{terraform_outputs.x}}` is YAML for a mapping inside a mapping, not a string.
            const written = config.text.slice(node.range[0], node.range[1]);
            if (/^\{\s*\{[^{}]*terraform_outputs[^{}]*\}\s*\}$/.test(written)) {
                add('error', 'malformed-placeholder', `Unquoted Terraform output placeholder: ${written} is read by YAML as a mapping; quote it: "${written}"`, (0,config_document/* nodeRange */.CJ)(config.lineCounter, node));
                continue;
            }
            const [meant] = (0,placeholders/* findMalformed */.nu)(written);
            if (meant && meant.fragment === written.trim()) {
                add('error', 'malformed-placeholder', (0,placeholders/* malformedMessage */.pO)(meant.fragment), (0,config_document/* nodeRange */.CJ)(config.lineCounter, node), `unquoted, YAML reads it as a mapping: ${meant.suggestion ? `write "${meant.suggestion}"` : 'quote it'}`);
                continue;
            }
        }
        if ((0,dist/* isCollection */.P3)(node)) {
            for (const item of node.items) {
                const value = (0,dist/* isPair */.tO)(item) ? item.value : item;
                if (value)
                    stack.push(value);
            }
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            continue;
        const [start, end] = node.range;
        for (const bad of (0,placeholders/* malformedInScalar */.nL)(node.value, config.text.slice(start, end), start)) {
            add('error', 'malformed-placeholder', bad.message, (0,config_document/* rangeOf */.be)(config.lineCounter, [bad.start, bad.end]), bad.hint);
        }
    }
}
/** `criticality: yes` is a string here but true for a YAML 1.1 reader such as Dativo's. */
function checkYaml11Readings(config, tags, add) {
    // Every tag value written as a plain string is among the data's values: most configs stop here.
    if (!Object.values(tags).some((value) => typeof value === 'string' && readsOtherwise11(value)))
        return;
    const tagsNode = (0,positions/* locate */.x5)(config, ['infrastructure', 'tags']);
    if (!tagsNode.exact || !(0,dist/* isMap */.jh)(tagsNode.node))
        return;
    for (const pair of tagsNode.node.items) {
        const value = pair.value;
        if (!(0,dist/* isScalar */.jn)(pair.key) || !(0,dist/* isScalar */.jn)(value) || value.type !== dist/* Scalar */.X5.PLAIN)
            continue;
        if (typeof value.value !== 'string')
            continue;
        const reading = (0,config_document/* yaml11Reading */.EZ)(value.value);
        if (typeof reading !== 'string' && reading !== undefined) {
            const key = (0,config_document/* keyText */.Pu)(pair.key);
            add('warning', 'tag-value', `Tag '${key}': ${value.value} is read as ${reading === null ? 'null' : typeof reading} by YAML 1.1 readers (such as Dativo's): quote it (${key}: "${value.value}")`, (0,config_document/* nodeRange */.CJ)(config.lineCounter, value));
        }
    }
}
function readsOtherwise11(text) {
    const reading = (0,config_document/* yaml11Reading */.EZ)(text);
    return typeof reading !== 'string' && reading !== undefined;
}
/** Whether any string value in the data, at any depth, passes `test`. */
function someString(data, test) {
    const stack = [data];
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value === 'string') {
            if (test(value))
                return true;
        }
        else if (Array.isArray(value)) {
            stack.push(...value);
        }
        else if (value !== null && typeof value === 'object') {
            stack.push(...Object.values(value));
        }
    }
    return false;
}
function checkCloudTags(config, cloud, runtimeType, jobTags, options, add) {
    const cloudName = convert/* CLOUD_NAMES */.vD[cloud];
    const tagPath = (key) => ['infrastructure', 'tags', key];
    const own = (0,convert/* moduleTags */.y)(runtimeType);
    for (const key of Object.keys(jobTags)) {
        if (key in own && jobTags[key] !== own[key]) {
            add('warning', 'tag-value', `Tag '${key}' is set by the ${runtimeType} module to '${own[key]}': the job's value '${jobTags[key]}' is not used`, (0,positions/* valueRange */.tR)(config, tagPath(key)));
        }
    }
    const merged = (0,convert/* mergeTags */.kE)(options.defaultTags, jobTags, runtimeType);
    const { tags: converted, conversions } = (0,convert/* convertTags */.Hd)(merged, cloud);
    const origin = (key) => (key in jobTags ? 'job' : key in own ? 'module' : 'default');
    const where = (c, part) => origin(c.key) === 'job'
        ? part === 'key'
            ? (0,positions/* keyRange */.xA)(config, tagPath(c.key))
            : (0,positions/* valueRange */.tR)(config, tagPath(c.key))
        : (0,positions/* mappingRange */.CF)(config, ['infrastructure', 'tags']);
    const name = (c) => origin(c.key) === 'default'
        ? `Default tag '${c.key}' (from the default-tags input)`
        : `Tag '${c.key}'`;
    const limits = convert/* TAG_LIMITS */.U5[cloud];
    for (const c of conversions) {
        if (origin(c.key) === 'module')
            continue;
        if (c.replacedBy !== undefined) {
            add('error', 'tag-key', `${name(c)} and tag '${c.replacedBy}' both become '${c.cloudKey}' on ${cloudName}: rename one of them`, where(c, 'key'));
        }
        const keyLength = (0,convert/* graphemeLength */.eA)(c.key.normalize('NFC'));
        const valueLength = (0,convert/* graphemeLength */.eA)(c.value.normalize('NFC'));
        if (c.truncatedKey || keyLength > limits.maxKey) {
            add('error', 'tag-key', `${name(c)}: the key is ${keyLength} characters long; ${cloudName} allows at most ${limits.maxKey}`, where(c, 'key'));
        }
        if (c.truncatedValue || valueLength > limits.maxValue) {
            add('error', 'tag-value', `${name(c)}: the value is ${valueLength} characters long; ${cloudName} allows at most ${limits.maxValue}`, where(c, 'value'));
        }
        else if (cloud === 'gcp' && c.cloudValue !== c.value) {
            add('warning', 'tag-conversion', `${name(c)}: the value '${c.value}' becomes '${c.cloudValue}' on GCP (labels hold only lowercase letters, digits, '_' and '-')`, where(c, 'value'));
        }
        if (cloud === 'gcp')
            checkGcpLabel(c, name(c), where, add);
        if (cloud === 'aws') {
            for (const [part, text] of [
                ['key', c.key],
                ['value', c.value],
            ]) {
                if (!AWS_TAG_TEXT.test(text)) {
                    const bad = [...new Set([...text].filter((ch) => !AWS_TAG_TEXT.test(ch)))].map((ch) => JSON.stringify(ch));
                    add('error', part === 'key' ? 'tag-key' : 'tag-value', `${name(c)}: the ${part} holds characters AWS does not allow in tags (${bad.join(', ')}); allowed are letters, digits, spaces and _ . : / = + - @`, where(c, part));
                }
            }
        }
        if (cloud === 'azure' && AZURE_KEY_FORBIDDEN.test(c.key)) {
            add('error', 'tag-key', `${name(c)}: Azure tag names cannot hold < > % & \\ ? /`, where(c, 'key'));
        }
    }
    const count = Object.keys(converted).length;
    if (count > MAX_TAGS[cloud]) {
        add('error', 'tag-key', `The job has ${count} tags on ${cloudName} (with default and module tags); ${cloudName} allows at most ${MAX_TAGS[cloud]} per resource`, (0,positions/* mappingRange */.CF)(config, ['infrastructure', 'tags']));
    }
}
/** A tag GCP cannot take as a label is left out by the conversion: say so, at the tag. */
function checkGcpLabel(c, name, where, add) {
    if (c.dropped === 'key') {
        add('error', 'tag-key', `${name}: GCP label keys must start with a lowercase letter, and '${c.cloudKey}' does not, so it cannot be a label: rename it`, where(c, 'key'));
    }
    else if (c.dropped === 'value') {
        add('warning', 'tag-value', `${name}: the value is empty, and the google provider drops labels with empty values: it is not applied on GCP`, where(c, 'value'));
    }
}

// EXTERNAL MODULE: ./src/config/schema-errors.ts + 1 modules
var schema_errors = __nccwpck_require__(8829);
;// CONCATENATED MODULE: ./src/config/validate.ts










/** Validates what a ConfigReader read: the file's own problem, or its contents. */
function validateRead(file, read, options) {
    if (read.ok)
        return validateConfigBytes(file, read.bytes, options);
    // A config this run selected but cannot read may belong to any job.
    return summarise(file, [read.finding], { kind: 'unknown', reason: read.finding.message });
}
function validateConfigBytes(file, bytes, options) {
    const decoded = (0,config_document/* decodeConfig */.Fu)(file, bytes);
    if (!decoded.ok)
        return summarise(file, decoded.findings, (0,claim/* claimOfUndecoded */.tA)(bytes, decoded.findings));
    const plain = options.yamlOnly ? undefined : (0,plain_yaml/* readPlainYaml */.g)(decoded.text);
    if (plain) {
        try {
            return validateConfig((0,config_document/* plainConfig */.JI)(file, decoded, plain), [], options);
        }
        catch (error) {
            // A finding needs its place in the file: only `yaml` gives positions.
            if (!(error instanceof config_document/* PositionsNeeded */.UA))
                throw error;
        }
    }
    const parsed = (0,config_document/* parseText */.r4)(file, decoded);
    if (!parsed.ok)
        return summarise(file, parsed.findings, (0,claim/* claimOfUnparsed */.o9)(decoded.text, parsed.findings));
    return validateConfig(parsed.config, parsed.findings, options);
}
/** The checks after parsing, on a config read by either reader. */
function validateConfig(config, parseFindings, options) {
    const { file } = config;
    const findings = [...parseFindings];
    if (!job_config_validate(config.data)) {
        // Shown where the quick reader places them; a place only `yaml` knows reads the file again.
        findings.push(...(0,schema_errors/* schemaFindings */.I)(config, job_config_validate.errors ?? [], {
            kind: 'job',
            schema: schema,
        }));
    }
    if (options.policy) {
        const errors = options.policy.validate(config.data);
        if (errors.length > 0) {
            findings.push(...(0,schema_errors/* schemaFindings */.I)(config, errors, { kind: 'policy', schema: options.policy.schema }));
        }
    }
    findings.push(...ruleFindings(config, { defaultTags: options.defaultTags }));
    if (options.platformPolicy) {
        const forbidden = (0,policy_config/* configPolicyFindings */.LY)(config, options.platformPolicy);
        // A value the policy forbids is one error at its place: the policy's, which says what is
        // allowed, rather than also the module's refusal of the same secret.
        const places = new Set(forbidden.map((finding) => placeOf(finding)));
        const kept = findings.filter((finding) => finding.rule !== 'grant' || !places.has(placeOf(finding)));
        findings.splice(0, findings.length, ...kept, ...forbidden);
    }
    // A typo of the key (`infrastucture`, an error of rules.ts) is no config without infrastructure.
    const skipped = config.data.infrastructure === undefined && !Object.keys(config.data).some(claim/* isInfrastructureKey */.jP);
    if (skipped) {
        findings.push({
            severity: 'notice',
            rule: 'no-infrastructure',
            message: 'No infrastructure section: nothing to provision, the config is skipped',
            file,
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        });
    }
    const result = summarise(file, findings, (0,claim/* claimOfData */.C3)(config.data), skipped);
    const infrastructure = config.data.infrastructure;
    if (typeof infrastructure?.tags?.job_name === 'string')
        result.jobName = infrastructure.tags.job_name;
    if (typeof infrastructure?.provider === 'string')
        result.provider = infrastructure.provider;
    if (typeof infrastructure?.runtime?.type === 'string')
        result.runtimeType = infrastructure.runtime.type;
    if (result.valid && !skipped && options.jobs !== false) {
        result.job = jobFromData(file, config.data, {
            range: (0,positions/* keyRange */.xA)(config, ['infrastructure']),
            runtimeRange: (0,positions/* keyRange */.xA)(config, ['infrastructure', 'runtime']),
            tagsRange: (0,positions/* keyRange */.xA)(config, ['infrastructure', 'tags']),
        });
    }
    return result;
}
function summarise(file, findings, claim, skipped = false) {
    findings.sort(src_findings/* compareFindings */.Eg);
    return { file, findings, valid: !findings.some((f) => f.severity === 'error'), skipped, claim };
}
function placeOf(finding) {
    return finding.range ? `${finding.range.line}:${finding.range.column}` : '';
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   Lw: () => (/* binding */ ROLLOUTS),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   uF: () => (/* binding */ BACKEND_PROVIDERS)
/* harmony export */ });
// Names of the action's inputs and outputs, and their defaults (CONTRACT §2–3), in one place.
const Inputs = {
    Mode: 'mode',
    Configs: 'configs',
    ChangedOnly: 'changed-only',
    Schema: 'schema',
    TerraformVersion: 'terraform-version',
    TerraformMirror: 'terraform-mirror',
    TerraformDir: 'terraform-dir',
    ModuleSource: 'module-source',
    BackendConfig: 'backend-config',
    TerraformVars: 'terraform-vars',
    DefaultTags: 'default-tags',
    Parallelism: 'parallelism',
    CommitBack: 'commit-back',
    CommitMethod: 'commit-method',
    CommitMessage: 'commit-message',
    OutputDir: 'output-dir',
    AllowSensitiveOutputs: 'allow-sensitive-outputs',
    CommentOnPr: 'comment-on-pr',
    DeployCommand: 'deploy-command',
    GithubToken: 'github-token',
    PassTokenToTerraform: 'pass-token-to-terraform',
    AllowLocalState: 'allow-local-state',
    TerraformTimeout: 'terraform-timeout',
    RequireReviewedPlan: 'require-reviewed-plan',
    DestroyRemoved: 'destroy-removed',
    OutputsFrom: 'outputs-from',
    Policy: 'policy',
    HealTagDrift: 'heal-tag-drift',
    Rollout: 'rollout',
    RolloutOrder: 'rollout-order',
};
const Outputs = {
    Configs: 'configs',
    Results: 'results',
    ErrorCount: 'error-count',
    HasChanges: 'has-changes',
    CommitSha: 'commit-sha',
    Matrix: 'matrix',
    OutputsFile: 'outputs-file',
    Drifted: 'drifted',
    Rollout: 'rollout',
};
/** Defaults as action.yml documents them; the code applies them itself (CONTRACT §2). */
const Defaults = {
    mode: 'validate',
    configs: ['jobs/**/*.yaml', 'jobs/**/*.yml'],
    changedOnly: true,
    terraformVersion: 'latest',
    terraformMirror: 'https://releases.hashicorp.com',
    terraformDir: 'terraform/dativo_jobs/{job_name}',
    parallelism: 2,
    commitBack: 'auto',
    commitMethod: 'git',
    commitMessage: 'chore(dativo): resolve terraform outputs',
    allowSensitiveOutputs: false,
    commentOnPr: true,
    passTokenToTerraform: false,
    allowLocalState: false,
    terraformTimeout: '60m',
    requireReviewedPlan: false,
    destroyRemoved: false,
    healTagDrift: false,
    rollout: 'all',
    rolloutOrder: ['*', 'prod, production'],
};
const MODES = ['validate', 'plan', 'apply', 'resolve', 'drift'];
/** Where `backend-config` may address jobs by their provider (the map form). */
const BACKEND_PROVIDERS = ['aws', 'azure', 'gcp', 'local'];
/** `all`: every job at once; `canary`: in waves by environment, a canary per cloud/runtime first. */
const ROLLOUTS = ['all', 'canary'];


/***/ }),

/***/ 5778:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ pullRequestEntries),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   ms: () => (/* binding */ COMPARE_FILES_LIMIT),
/* harmony export */   uI: () => (/* binding */ filesFromGit),
/* harmony export */   uM: () => (/* binding */ pushFilesFromApi),
/* harmony export */   wD: () => (/* binding */ compareEntries),
/* harmony export */   yH: () => (/* binding */ pullRequestFilesFromApi),
/* harmony export */   ym: () => (/* binding */ PULL_REQUEST_FILES_LIMIT)
/* harmony export */ });
/** The pulls/{n}/files endpoint lists at most this many files of a pull request. */
const PULL_REQUEST_FILES_LIMIT = 3000;
/** The compare endpoint lists at most this many files, without saying when it left some out. */
const COMPARE_FILES_LIMIT = 300;
/** Every file of a pull request, as the pulls/{n}/files endpoint lists them, page after page. */
async function pullRequestEntries(api, repository, number) {
    const octokit = await api.octokit();
    const entries = [];
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repository,
        pull_number: number,
        per_page: 100,
    });
    for await (const page of pages)
        entries.push(...page.data);
    return entries;
}
/** The files changed from one commit to another, as the compare endpoint lists them. */
async function compareEntries(api, repository, base, head) {
    const octokit = await api.octokit();
    const response = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repository,
        basehead: `${base}...${head}`,
    });
    return Array.isArray(response.data?.files) ? response.data.files : [];
}
/** Files of a pull request that still exist after it: renames under their new name. */
async function pullRequestFilesFromApi(api, repository, number, changedFiles) {
    if (changedFiles !== undefined && changedFiles > PULL_REQUEST_FILES_LIMIT) {
        return {
            ok: false,
            problem: `it changes ${changedFiles} files and the GitHub API lists at most ${PULL_REQUEST_FILES_LIMIT}`,
        };
    }
    const files = await pullRequestEntries(api, repository, number);
    // Without changed_files in the payload, a full list is the only sign that some were left out.
    if (changedFiles === undefined && files.length >= PULL_REQUEST_FILES_LIMIT) {
        return {
            ok: false,
            problem: `the GitHub API listed ${files.length} files, its limit, so the list may be incomplete`,
        };
    }
    return fromEntries(files);
}
/** Files changed between two commits of a push, as GitHub's compare endpoint lists them. */
async function pushFilesFromApi(api, repository, before, after) {
    const files = await compareEntries(api, repository, before, after);
    if (files.length >= COMPARE_FILES_LIMIT) {
        return {
            ok: false,
            problem: `the GitHub API listed ${files.length} files of the comparison, its limit, so the list may be incomplete`,
        };
    }
    return fromEntries(files);
}
function fromEntries(files) {
    const paths = files.map(keptName).filter((name) => name !== undefined);
    return { ok: true, paths, deleted: files.flatMap(deletedNames), via: 'the GitHub API' };
}
function keptName(file) {
    if (typeof file.filename !== 'string' || file.status === 'removed')
        return undefined;
    return file.filename;
}
function deletedNames(file) {
    if (file.status === 'removed' && typeof file.filename === 'string')
        return [file.filename];
    if (file.status === 'renamed' && typeof file.previous_filename === 'string')
        return [file.previous_filename];
    return [];
}
/**
 * Files changed between two commits of the local history: against their merge base for a pull
 * request (`base...head`, what the pull request itself shows), directly for a push.
 */
async function filesFromGit(git, base, head, mergeBase) {
    if (!base || !head)
        return { ok: false, problem: 'the event does not name both commits' };
    if (!(await git.isRepository())) {
        return { ok: false, problem: 'the workspace is not a git repository' };
    }
    const range = `${short(base)}${mergeBase ? '...' : '..'}${short(head)}`;
    for (const commit of [base, head]) {
        if (!(await git.hasCommit(commit))) {
            return {
                ok: false,
                problem: `commit ${short(commit)} is not in the local history${await shallowHint(git)}`,
            };
        }
    }
    try {
        return {
            ok: true,
            paths: await git.changedFiles(base, head, mergeBase),
            deleted: await git.changedFiles(base, head, mergeBase, 'D'),
            via: `git diff ${range}`,
        };
    }
    catch (error) {
        const message = error.message.split('\n').slice(-1)[0] ?? '';
        return { ok: false, problem: `git diff ${range} failed (${message})${await shallowHint(git)}` };
    }
}
async function shallowHint(git) {
    const shallow = await git.tryRun(['rev-parse', '--is-shallow-repository']);
    return shallow.stdout.trim() === 'true'
        ? ' (shallow clone: fetch-depth: 0 on actions/checkout lets changed-only work without the API)'
        : '';
}
function short(sha) {
    return sha.slice(0, 7);
}


/***/ }),

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repositoryToWorkspace),
/* harmony export */   X: () => (/* binding */ discoverConfigs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7242);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1001);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(3116);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4964);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9997);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9556);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(5778);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4632);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2420);
// Pipeline step 1: which job configs this run processes (CONTRACT §1, inputs `configs` and
// `changed-only`). All files matching the globs, or only those a pull request or push changed.
//
// Where the changed files come from, in order: GitHub's API (pulls/{n}/files, paginated, or the
// compare endpoint for a push); when the API cannot answer (no token, errors after retries, a
// list past its limit), `git diff` over the local history; when that is missing too, every
// matching config, with a warning that says why. A push that creates a branch or tag, or rewrites
// it (force push), has no base worth comparing, so it also takes every matching config.
//
// Nothing selected is never silently green: a pattern that names a file that does not exist is an
// error, and so is a glob that matches no file of the workspace, whether or not only the changed
// configs were asked for; a pull request or push that changed no config is a notice.












async function discoverConfigs(request, context, deps) {
    const patterns = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePatterns */ .Z7)(request.patterns);
    const debug = deps.debug ?? (() => { });
    const decision = request.changedOnly
        ? await decide(context, deps, debug)
        : { kind: 'all', reason: 'changed-only is off' };
    switch (decision.kind) {
        case 'all': {
            const found = await allConfigs(request.workspace, patterns, decision.reason, decision.warning);
            // Asked only when a named file is missing, and once: it may be a config this change deleted.
            let deleted;
            const deletedByChange = () => (deleted ??= deletedFiles());
            const deletedFiles = async () => {
                // With changed-only on, the change was asked already: it could not be told.
                const change = request.changedOnly ? decision : await decide(context, deps, debug);
                if (change.kind !== 'changed')
                    return [];
                const toWorkspace = await repositoryToWorkspace(request.workspace, deps.git);
                return change.deleted.map(toWorkspace).filter((file) => !!file);
            };
            const notices = await refuseUnmatched(request, found.files, deletedByChange);
            return notices.length > 0 ? { ...found, notices } : found;
        }
        case 'none':
            return { files: [], basis: 'changed', reason: decision.reason, warnings: [] };
        case 'changed': {
            const found = await changedConfigs(request.workspace, patterns, decision, deps.git, debug);
            // A glob is checked against the whole workspace (and what this change deleted): a typo in
            // it is an error on every run, not a notice that the change touched no config.
            const deleted = found.deleted ?? [];
            const workspaceFiles = [...(await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findConfigFiles */ .j)(request.workspace, patterns)), ...deleted];
            const notices = await refuseUnmatched(request, workspaceFiles, async () => deleted);
            if (found.files.length === 0 && notices.length === 0) {
                const what = decision.what.charAt(0).toUpperCase() + decision.what.slice(1);
                notices.push(`${what} changed no job config (none of its ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .LS)(new Set(decision.paths).size, 'changed file')} matches ${request.patterns.join(', ')})`);
            }
            return notices.length > 0 ? { ...found, notices } : found;
        }
    }
}
/**
 * Fails on patterns that select nothing by mistake: one that names a file that does not exist (or
 * a folder), unless this change deleted it (a removed job, handled as such: a notice); with the
 * files of every matching config (`all`), a glob that matches none of them. The default patterns
 * only fail together, when the workspace has no config at all. Returns the notices.
 */
async function refuseUnmatched(request, all, deletedByChange) {
    const problems = [];
    const notices = [];
    const includes = request.patterns.filter((pattern) => pattern.trim() !== '' && !(pattern.startsWith('!') && !pattern.startsWith('!(')));
    const defaults = includes.length === _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.configs.length &&
        includes.every((pattern, i) => pattern === _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.configs[i]);
    for (const pattern of includes) {
        const glob = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePatterns */ .Z7)([pattern]).include[0];
        if (!picomatch__WEBPACK_IMPORTED_MODULE_9___default().scan(glob).isGlob) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(request.workspace, glob)).catch(() => undefined);
            if (!info) {
                if ((await deletedByChange()).includes(glob)) {
                    notices.push(`'${pattern}' was deleted by this change: the runtime of its job is handled as a removed job`);
                }
                else
                    problems.push(`'${pattern}' does not exist`);
            }
            else if (info.isDirectory())
                problems.push(`'${pattern}' is a folder (for the configs under it: ${glob}/**/*.yaml and ${glob}/**/*.yml)`);
            continue;
        }
        if (!all || defaults)
            continue;
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_9___default()(glob, _patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .MATCH_OPTIONS */ .z_);
        if (all.some((file) => matches(file)))
            continue;
        // Excluded files still count: the glob itself found something.
        if ((await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findConfigFiles */ .j)(request.workspace, (0,_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePatterns */ .Z7)([pattern]))).length > 0)
            continue;
        problems.push(`'${pattern}' matches no file`);
    }
    if (all && all.length === 0 && problems.length === 0 && notices.length === 0) {
        const excludes = request.patterns.filter((p) => p.startsWith('!') && !p.startsWith('!('));
        const unexcluded = await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findConfigFiles */ .j)(request.workspace, (0,_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePatterns */ .Z7)(includes));
        problems.push(unexcluded.length > 0
            ? `every file the patterns match is excluded by ${excludes.map((p) => `'${p}'`).join(', ')}`
            : `no file matches the default patterns (${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.configs.join(', ')}); give the globs of your job configs`);
    }
    if (problems.length > 0)
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('configs', problems.join('; '));
    return notices;
}
async function allConfigs(workspace, patterns, why, warning) {
    const files = await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findConfigFiles */ .j)(workspace, patterns);
    return {
        files,
        basis: 'all',
        reason: `${why}, all matching configs (${files.length})`,
        warnings: warning ? [warning] : [],
    };
}
async function changedConfigs(workspace, patterns, decision, git, debug) {
    const toWorkspace = await repositoryToWorkspace(workspace, git);
    const changed = [...new Set(decision.paths)];
    const matches = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .configMatcher */ .tR)(patterns);
    const candidates = changed
        .map(toWorkspace)
        .filter((file) => file !== undefined && matches(file));
    debug(`${changed.length} changed files, ${candidates.length} match the patterns`);
    const files = await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .existingConfigFiles */ .h)(workspace, candidates, debug);
    const count = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .LS)(changed.length, 'file');
    const deleted = [...new Set(decision.deleted)]
        .map(toWorkspace)
        .filter((file) => file !== undefined && matches(file) && !files.includes(file))
        .sort();
    return {
        files,
        basis: 'changed',
        reason: `${count} changed by ${decision.what} (from ${decision.via}); ${files.length} match`,
        warnings: decision.warnings,
        ...(deleted.length > 0 ? { deleted } : {}),
    };
}
/**
 * Maps repository-relative paths (what git and the API list) to workspace-relative ones, for a
 * workspace that is not the repository's root (a checkout into a sub-folder, a CLI run below it);
 * paths that land outside the workspace are dropped. `asked`: git's answer to
 * `rev-parse --show-toplevel`, when the caller has it.
 */
async function repositoryToWorkspace(workspace, git, asked) {
    const topLevel = asked ?? (await git.tryRun(['rev-parse', '--show-toplevel']));
    // Outside a repository the workspace stands for its root.
    const root = (topLevel.exitCode === 0 && topLevel.stdout.trim()) || workspace;
    const [realWorkspace, realRoot] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace).catch(() => workspace),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => root),
    ]);
    return (file) => (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .within */ .ux)(realWorkspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot, file));
}
async function decide(context, deps, debug) {
    switch (context.eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return decidePullRequest(context, deps, debug);
        case 'push':
            return decidePush(context, deps, debug);
        case 'local':
            return { kind: 'all', reason: 'not run for a pull request or push' };
        default:
            return { kind: 'all', reason: `${context.eventName} event: no changes to compare` };
    }
}
async function decidePullRequest(context, deps, debug) {
    const pr = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .pullRequestOf */ ._n)(context);
    if (!pr) {
        return {
            kind: 'all',
            reason: `${context.eventName} event without a pull request`,
            warning: `changed-only: the ${context.eventName} event carries no pull request; checking all matching configs`,
        };
    }
    const what = `pull request #${pr.number}`;
    return fromApiThenGit(what, context, deps, debug, (api, repository) => (0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .pullRequestFilesFromApi */ .yH)(api, repository, pr.number, pr.changedFiles), () => (0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .filesFromGit */ .uI)(deps.git, pr.baseSha, pr.headSha, true));
}
async function decidePush(context, deps, debug) {
    const payload = context.payload;
    const before = commitSha(payload.before);
    const after = commitSha(payload.after);
    const ref = typeof payload.ref === 'string' ? payload.ref : (context.ref ?? '');
    const target = refDescription(ref);
    if (payload.deleted === true || (after !== undefined && isZero(after))) {
        return { kind: 'none', reason: `push deleted ${target}: no configs to check` };
    }
    if (payload.created === true || (before !== undefined && isZero(before))) {
        return { kind: 'all', reason: `push created ${target}: no base to compare` };
    }
    if (payload.forced === true) {
        return { kind: 'all', reason: `force push to ${target}: its earlier commits were replaced` };
    }
    if (before === undefined || after === undefined) {
        return { kind: 'all', reason: 'push event without its before and after commits' };
    }
    return fromApiThenGit(`push ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .short */ .h0)(before)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .short */ .h0)(after)}`, context, deps, debug, (api, repository) => (0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .pushFilesFromApi */ .uM)(api, repository, before, after), () => (0,_changes_js__WEBPACK_IMPORTED_MODULE_10__/* .filesFromGit */ .uI)(deps.git, before, after, false));
}
async function fromApiThenGit(what, context, deps, debug, fromApi, fromGit) {
    const warnings = [];
    let apiProblem;
    if (!deps.api)
        apiProblem = 'no GitHub token for the API';
    else if (!context.repository)
        apiProblem = 'the repository is unknown (GITHUB_REPOSITORY)';
    else {
        try {
            const listed = await fromApi(deps.api, context.repository);
            if (listed.ok) {
                const { paths, deleted, via } = listed;
                return { kind: 'changed', what, paths, deleted, via, warnings };
            }
            apiProblem = listed.problem;
        }
        catch (error) {
            const said = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .describeGitHubError */ .dZ)(error, deps.api.baseUrl);
            apiProblem = `the GitHub API failed: ${said}`;
            // A token without the right permission fails the same way every run: worth a warning.
            warnings.push(`Could not list the files changed by ${what} through the GitHub API (${said}); using the local git history instead`);
        }
    }
    debug(`changed files of ${what} not from the API: ${apiProblem}`);
    const diffed = await fromGit();
    if (diffed.ok) {
        const { paths, deleted, via } = diffed;
        return { kind: 'changed', what, paths, deleted, via, warnings };
    }
    return {
        kind: 'all',
        reason: `changed files of ${what} unknown`,
        warning: `changed-only: could not tell which files ${what} changed (${apiProblem}; ${diffed.problem}); checking all matching configs`,
    };
}
function commitSha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)
        ? value
        : undefined;
}
function isZero(sha) {
    return /^0+$/.test(sha);
}
function refDescription(ref) {
    if (ref.startsWith('refs/heads/'))
        return `branch ${ref.slice('refs/heads/'.length)}`;
    if (ref.startsWith('refs/tags/'))
        return `tag ${ref.slice('refs/tags/'.length)}`;
    return ref ? ref : 'a ref';
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ existingConfigFiles),
/* harmony export */   j: () => (/* binding */ findConfigFiles)
/* harmony export */ });
/* unused harmony export sortedUnique */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7743);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2420);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9997);
// Which job config files exist in the workspace: a walk with tinyglobby for "all matching
// configs", and a check of named paths for changed-file lists, both under the same rules.
//
// A symbolic link counts as what it points to: a link to a file is a config file, and so is a
// broken link (the reader then reports it, or a link leading outside the workspace, as an error at
// the link, so nothing is silently dropped); a link to a folder is not followed (no loops, no
// walking the runner's disk).





/** Every file in the workspace the patterns select: workspace-relative, sorted, unique. */
async function findConfigFiles(workspace, patterns) {
    const matches = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .configMatcher */ .tR)(patterns);
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(patterns.include, {
        cwd: workspace,
        ignore: [...patterns.exclude, ..._patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIPPED_FOLDERS */ .Ll.map((folder) => `**/${folder}`)],
        // The same picomatch options the changed-file filter uses (see MATCH_OPTIONS).
        dot: _patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCH_OPTIONS */ .z_.dot,
        caseSensitiveMatch: !_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCH_OPTIONS */ .z_.nocase,
        braceExpansion: !_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCH_OPTIONS */ .z_.nobrace,
        extglob: !_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCH_OPTIONS */ .z_.noextglob,
        globstar: !_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCH_OPTIONS */ .z_.noglobstar,
        // `jobs/a.yaml` names a file, never "everything in a folder called jobs/a.yaml".
        expandDirectories: false,
        onlyFiles: true,
        // Links are not traversed; the file system adapter below presents links to files as files.
        followSymbolicLinks: false,
        fs: linksToFilesAsFiles(),
    });
    // tinyglobby only prunes the walk with the excludes; the matcher is the rule, so it has the last word.
    return sortedUnique(found.filter(matches));
}
/**
 * Of the given workspace-relative paths (already selected by the patterns), those that are config
 * files in the workspace now: paths that are gone, folders, or reached through a linked folder
 * are dropped, as the walk would never report them.
 */
async function existingConfigFiles(workspace, candidates, debug = () => { }) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    const files = [];
    for (const candidate of sortedUnique(candidates)) {
        const kind = await fileKind(root, candidate);
        if (kind === 'file' || kind === 'broken link')
            files.push(candidate);
        else
            debug(`${candidate}: changed but skipped (${kind})`);
    }
    return files;
}
async function fileKind(root, relativePath) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relativePath);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute).catch(() => undefined);
    if (!info)
        return 'not in the workspace';
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)).catch(() => undefined);
    if (folder !== node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute))
        return 'in a linked folder';
    if (info.isFile())
        return 'file';
    if (!info.isSymbolicLink())
        return 'not a file';
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
    if (!target)
        return 'broken link';
    return target.isFile() ? 'file' : 'not a file';
}
/**
 * A file system for tinyglobby whose directory listings show a link to a file, or to nothing, as
 * a file. With followSymbolicLinks off, links to folders are left out of the walk.
 */
function linksToFilesAsFiles() {
    const list = async (folder) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { withFileTypes: true });
        return Promise.all(entries.map(async (entry) => {
            if (!entry.isSymbolicLink())
                return entry;
            const link = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, entry.name);
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(link).catch(() => undefined);
            return !target || target.isFile() ? asFile(entry) : entry;
        }));
    };
    const readdirCallback = (folder, _options, callback) => {
        list(folder).then((entries) => callback(null, entries), (error) => callback(error, []));
    };
    return { readdir: readdirCallback };
}
function asFile(entry) {
    return Object.assign(Object.create(Object.getPrototypeOf(entry)), entry, {
        isFile: () => true,
        isSymbolicLink: () => false,
    });
}
function sortedUnique(values) {
    return [...new Set(values)].sort(_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .byCodeUnits */ .CA);
}


/***/ }),

/***/ 2420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ SKIPPED_FOLDERS),
/* harmony export */   Z7: () => (/* binding */ parsePatterns),
/* harmony export */   tR: () => (/* binding */ configMatcher),
/* harmony export */   z_: () => (/* binding */ MATCH_OPTIONS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1001);
// The `configs` globs: parsed once, checked, and turned into the one matcher that decides whether
// a workspace path is a job config — for the file system walk and for changed-file lists alike.
//
// The rule, as a user reads it:
// - Each pattern is a glob relative to the workspace (picomatch syntax: `*`, `**`, `?`, `[…]`,
//   `{a,b}`, extglobs). A leading `./` is dropped; a trailing `/` means everything below a folder.
// - A pattern starting with `!` excludes. Excludes apply to the whole list whatever their order:
//   a file is selected when it matches at least one include and no exclude. An exclude that
//   matches a folder excludes everything below it. (`!(…)` is an extglob, not an exclude.)
// - Names starting with a dot (files or folders) match only where the pattern spells the dot
//   out (`.github/jobs/*.yaml`, `jobs/.*.yaml`); `*` and `**` never reach into them.
// - `.git` and `node_modules` folders are never searched.
// - A pattern that leads out of the workspace (`../x`, `/abs`, `C:\x`) is refused.



/**
 * The picomatch options tinyglobby derives from its own defaults (dot: false, case-sensitive,
 * braces, extglobs and globstars on, posix paths): the walk and the changed-file filter must agree.
 */
const MATCH_OPTIONS = {
    dot: false,
    nobrace: false,
    nocase: false,
    noextglob: false,
    noglobstar: false,
    posix: true,
};
/** Folders no search enters. */
const SKIPPED_FOLDERS = ['.git', 'node_modules'];
function parsePatterns(patterns) {
    const include = [];
    const exclude = [];
    for (const pattern of patterns) {
        if (pattern.trim() === '')
            continue;
        const excluded = pattern.startsWith('!') && !pattern.startsWith('!(');
        const glob = normalise(excluded ? pattern.slice(1) : pattern, pattern);
        (excluded ? exclude : include).push(glob);
    }
    if (include.length === 0) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('configs', `no pattern selects any file (${patterns.length === 0 ? 'none given' : 'only ! excludes given'}); add one such as jobs/**/*.yaml`);
    }
    return { include: unique(include), exclude: unique(exclude) };
}
function normalise(glob, original) {
    if (glob === '')
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('configs', `'${original}' has nothing after the !`);
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('\\\\')) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('configs', `'${original}' is an absolute path; patterns are relative to the workspace`);
    }
    let normalised = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(glob);
    if (normalised === '..' || normalised.startsWith('../')) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('configs', `'${original}' leads outside the workspace; patterns are relative to the workspace`);
    }
    if (normalised === '.' || normalised === './') {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('configs', `'${original}' names the workspace itself; use a glob such as **/*.yaml`);
    }
    if (normalised.endsWith('/'))
        normalised += '**';
    return normalised;
}
function unique(values) {
    return [...new Set(values)];
}
function configMatcher(patterns) {
    const included = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns.include, MATCH_OPTIONS);
    const excluded = patterns.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns.exclude, MATCH_OPTIONS) : none;
    return (relativePath) => {
        const segments = relativePath.split('/');
        if (segments.some((segment) => SKIPPED_FOLDERS.includes(segment)))
            return false;
        if (!included(relativePath))
            return false;
        // The file itself and every folder above it: excluding a folder excludes what it holds.
        for (let end = segments.length; end > 0; end--) {
            if (excluded(segments.slice(0, end).join('/')))
                return false;
        }
        return true;
    };
}
const none = () => false;


/***/ }),

/***/ 4163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ REMOVAL_REASONS),
/* harmony export */   c4: () => (/* binding */ findRemovedJobs),
/* harmony export */   z1: () => (/* binding */ readAtBase)
/* harmony export */ });
/* unused harmony export identity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2000);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9572);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(3116);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9556);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8381);
/* harmony import */ var _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2049);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(3731);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4964);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(5778);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6472);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4632);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(2420);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(3639);
// Jobs a pull request or push takes away while their runtime keeps running: a config deleted, a
// config whose `infrastructure` section was removed, and a job whose name (or anything else that
// names its Terraform root or state) changed. Each is found with the config as it was at the
// base commit, so its root and backend can be rebuilt for a destroy plan.
//
// Which files changed comes from GitHub's API (with each file's status) or `git diff`; the base
// version of a config from the local history or, in a shallow checkout, the API's contents.
//
// A job is removed only when nothing in the repository claims it: no file at the head, whatever
// this run's patterns and valid or not, names it as its job_name (compared without case; the rule
// is in config/claim.ts). A config moved to another folder, split off to another workflow's
// patterns, half-edited or misspelt keeps its job. A job whose config keeps its name but now gives
// it another root or state is listed, never destroyed. And when any file at the head may be a
// config but cannot be read, every destroy of the run is held back, naming that file: destroy is
// the one place where an unknown fails closed.
















/** Each reason in a phrase, for logs and reports. */
const REMOVAL_REASONS = {
    deleted: 'config deleted',
    'no-infrastructure': 'infrastructure section removed',
    renamed: 'renamed',
};
async function findRemovedJobs(settings, context, deps) {
    const debug = deps.debug ?? (() => { });
    const scan = { removed: [], warnings: [], blockers: [] };
    const range = rangeOf(context);
    if (!range)
        return scan;
    // Asked once for the whole scan, when first needed; a diff with the base shows it is there.
    let baseInHistory;
    const hasBase = () => (baseInHistory ??= deps.git.hasCommit(range.base));
    const topLevel = (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_13__/* .once */ .Oo)(() => deps.git.tryRun(['rev-parse', '--show-toplevel']));
    const changes = await listChanges(range, context, deps, debug, () => {
        baseInHistory = Promise.resolve(true);
    });
    if (!changes) {
        scan.warnings.push(`Could not tell which configs were deleted or renamed between ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} and ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.head)}: a runtime they leave behind is not listed`);
        return scan;
    }
    const toWorkspace = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryToWorkspace */ .H)(settings.workspace, deps.git, await topLevel());
    const matches = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .configMatcher */ .tR)((0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns));
    const candidates = changes.flatMap((change) => {
        const file = toWorkspace(change.path);
        return file !== undefined && matches(file) ? [{ ...change, file }] : [];
    });
    if (candidates.length === 0)
        return scan;
    debug(`${candidates.length} deleted or changed config(s) to compare with ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)}`);
    const reader = new _config_read_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigReader */ .o(settings.workspace);
    const found = [];
    /** Configs deleted or changed whose base version may have named jobs but was not valid. */
    const unrebuilt = [];
    for (const candidate of candidates) {
        const bytes = await readAtBase(candidate.path, range.base, context, deps, hasBase);
        if (!bytes.ok) {
            scan.warnings.push(`${candidate.file}: could not read it as it was at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} (${bytes.problem}); if it had a runtime, that runtime is left running`);
            continue;
        }
        const base = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateConfigBytes */ .Q)(candidate.file, bytes.bytes, {
            defaultTags: settings.defaultTags,
        });
        const before = base.job;
        if (!before) {
            // No valid infrastructure at the base: no runtime this run can rebuild, and maybe none.
            if (base.claim.kind !== 'none')
                unrebuilt.push({ ...candidate, claim: base.claim });
            continue;
        }
        if (candidate.status === 'deleted') {
            found.push({ file: candidate.file, reason: 'deleted', job: before, base: range.base });
            continue;
        }
        const now = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRead */ .x)(candidate.file, await reader.read(candidate.file), {
            defaultTags: settings.defaultTags,
        });
        if (now.skipped && now.valid) {
            found.push({
                file: candidate.file,
                reason: 'no-infrastructure',
                job: before,
                base: range.base,
            });
        }
        else if (now.job && identity(now.job, settings) !== identity(before, settings)) {
            found.push({
                file: candidate.file,
                reason: 'renamed',
                job: before,
                base: range.base,
                renamedTo: { jobName: now.job.jobName, file: now.job.file },
            });
        }
    }
    if (found.length === 0 && unrebuilt.length === 0)
        return scan;
    const repository = deps.repository ??
        (await (0,_repository_js__WEBPACK_IMPORTED_MODULE_12__/* .readRepositoryConfigs */ .nx)(settings.workspace, new _repository_js__WEBPACK_IMPORTED_MODULE_12__/* .RepositoryConfigs */ .GU(settings.workspace), {
            git: deps.git,
            reader,
            debug,
        }));
    for (const { file, status, claim } of unrebuilt) {
        const change = status === 'deleted' ? 'config deleted' : 'config changed';
        if (claim.kind === 'job') {
            const unclaimed = claim.names.filter((name) => repository.claimants(name).length === 0);
            if (unclaimed.length === 0)
                continue;
            scan.warnings.push(`${file}: job ${unclaimed.join(', ')} is no longer claimed by any config (${change}), but its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} is not valid, so its runtime (if it has one) cannot be rebuilt here: it is left running; destroy it by hand`);
        }
        else if (claim.kind === 'unknown' && !repository.claimsJob(file)) {
            scan.warnings.push(`${file} (${change}): its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} may have held a job, but ${claim.reason}: if that job is no longer claimed by any config, its runtime is left running; destroy it by hand`);
        }
    }
    const claimed = (removed) => repository.claimants(removed.job.jobName);
    // A runtime whose root and state a valid config at the head still names (a root shared by
    // several jobs) stays too.
    const inUse = found.some((removed) => claimed(removed).length === 0)
        ? await headIdentities(settings, reader)
        : new Map();
    for (const removed of found) {
        const claimants = claimed(removed);
        if (claimants.some((claimant) => claimant.file === removed.file)) {
            // Renamed, keeping its name: the config keeps the job under another root or state.
            scan.removed.push({
                ...removed,
                heldBack: `its config still claims job ${removed.job.jobName}, now with another root or state; a job a config claims is never destroyed: destroy this runtime by hand if nothing uses it`,
            });
            continue;
        }
        if (claimants.length > 0) {
            debug(`${removed.file}: job ${removed.job.jobName} lives on in ${claimants.map((c) => c.file).join(', ')}`);
            continue;
        }
        const user = inUse.get(identity(removed.job, settings));
        if (user) {
            debug(`${removed.file}: the root and state of job ${removed.job.jobName} live on in ${user}`);
            continue;
        }
        const gone = await ownRootGone(removed, settings, deps.git, hasBase, topLevel);
        scan.removed.push(gone ? { ...removed, rootGone: gone } : removed);
    }
    if (scan.removed.some((removed) => !removed.heldBack))
        scan.blockers = repository.unknown();
    return scan;
}
/** The root and state of every valid config the patterns select at the head, with its file. */
async function headIdentities(settings, reader) {
    const inUse = new Map();
    for (const file of await (0,_files_js__WEBPACK_IMPORTED_MODULE_10__/* .findConfigFiles */ .j)(settings.workspace, (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns))) {
        const job = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRead */ .x)(file, await reader.read(file), {
            defaultTags: settings.defaultTags,
        }).job;
        if (job)
            inUse.set(identity(job, settings), file);
    }
    return inUse;
}
/**
 * The job's own root (terraform-dir) when the base commit had that folder and the head does not:
 * a root generated in its place would not be the one that made the runtime.
 */
async function ownRootGone(removed, settings, git, hasBase, topLevel) {
    let relative;
    try {
        relative = (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.terraformDir, removed.job, 'terraform-dir');
    }
    catch {
        return undefined;
    }
    const workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(settings.workspace).catch(() => settings.workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(await hasBase()))
        return undefined;
    const top = await topLevel();
    if (top.exitCode !== 0)
        return undefined;
    const inRepository = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .within */ .ux)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top.stdout.trim()), absolute);
    if (!inRepository)
        return undefined;
    const probe = await git.tryRun(['cat-file', '-e', `${removed.base}:${inRepository}`]);
    return probe.exitCode === 0 ? relative : undefined;
}
/**
 * What tells one job's runtime from another's: its root (terraform-dir) and its state
 * (backend-config), with the job's tokens filled in, and the module of a generated root.
 */
function identity(job, settings) {
    try {
        return JSON.stringify([
            node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(settings.workspace, (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.terraformDir, job, 'terraform-dir')),
            settings.moduleSource
                ? (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.moduleSource, job, 'module-source')
                : job.runtime.type,
            (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .backendLinesFor */ .h)(settings.backendConfig, job.provider).map((line) => (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(line, job, 'backend-config')),
        ]);
    }
    catch (error) {
        // A token the job cannot fill: the stage reports it; the job name still tells jobs apart.
        if (error instanceof _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .RootError */ .l8)
            return JSON.stringify([job.jobName]);
        throw error;
    }
}
function rangeOf(context) {
    const sha = (value) => typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) && !/^0+$/.test(value)
        ? value
        : undefined;
    if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
        const pr = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .pullRequestOf */ ._n)(context);
        const base = sha(pr?.baseSha);
        const head = sha(pr?.headSha);
        if (!pr || !base || !head)
            return undefined;
        return {
            base,
            head,
            mergeBase: true,
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .pullRequestEntries */ .Bm)(api, repository, pr.number), _changes_js__WEBPACK_IMPORTED_MODULE_14__/* .PULL_REQUEST_FILES_LIMIT */ .ym),
        };
    }
    if (context.eventName === 'push') {
        const payload = context.payload;
        const base = sha(payload.before);
        const head = sha(payload.after);
        // A created branch has no base; a force push replaced the commits it would compare with.
        if (!base || !head || payload.created === true || payload.forced === true)
            return undefined;
        return {
            base,
            head,
            mergeBase: false,
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .compareEntries */ .wD)(api, repository, base, head), _changes_js__WEBPACK_IMPORTED_MODULE_14__/* .COMPARE_FILES_LIMIT */ .ms),
        };
    }
    return undefined;
}
/** The changes of a list the API gave, unless it holds as many files as the API lists at most. */
function whole(entries, limit) {
    return entries.length >= limit ? undefined : entries.flatMap(fromEntry);
}
function fromEntry(entry) {
    if (typeof entry.filename !== 'string')
        return [];
    switch (entry.status) {
        case 'removed':
            return [{ path: entry.filename, status: 'deleted' }];
        case 'renamed':
            return typeof entry.previous_filename === 'string'
                ? [{ path: entry.previous_filename, status: 'deleted' }]
                : [];
        case 'modified':
        case 'changed':
            return [{ path: entry.filename, status: 'modified' }];
        default:
            return [];
    }
}
/** Deleted and modified files: from the API, else from git; undefined when neither can tell. */
async function listChanges(range, context, deps, debug, diffed) {
    if (deps.api && context.repository && range.listFromApi) {
        try {
            const listed = await range.listFromApi(deps.api, context.repository);
            if (listed)
                return listed;
            debug('deleted configs not from the API: its list of changed files reached its limit');
        }
        catch (error) {
            debug(`deleted configs not from the API: ${error.message}`);
        }
    }
    // Without either commit in the local history (a shallow clone) git cannot tell: it fails.
    const diff = await deps.git.tryRun([
        'diff',
        '--name-status',
        '--no-renames',
        '-z',
        `${range.base}${range.mergeBase ? '...' : '..'}${range.head}`,
        '--',
    ]);
    if (diff.exitCode !== 0)
        return undefined;
    diffed();
    const fields = diff.stdout.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const status = fields[i];
        const file = fields[i + 1];
        if (status === 'D')
            changes.push({ path: file, status: 'deleted' });
        else if (status === 'M' || status === 'T')
            changes.push({ path: file, status: 'modified' });
    }
    return changes;
}
/**
 * A file's bytes at a commit: from the local history, else through the API's contents. `hasBase`
 * says whether the history has the commit; callers that read many files pass one kept with once().
 */
async function readAtBase(repositoryPath, base, context, deps, hasBase = () => deps.git.hasCommit(base)) {
    if (await hasBase()) {
        const shown = await deps.git.tryRun(['cat-file', 'blob', `${base}:${repositoryPath}`]);
        if (shown.exitCode === 0)
            return { ok: true, bytes: shown.stdoutBytes ?? Buffer.from(shown.stdout) };
        return { ok: false, problem: `git has no such file in ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(base)}` };
    }
    if (!deps.api || !context.repository) {
        return {
            ok: false,
            problem: 'the commit is not in the local history and there is no token for the GitHub API',
        };
    }
    try {
        const octokit = await deps.api.octokit();
        const { data } = (await octokit.rest.repos.getContent({
            ...context.repository,
            path: repositoryPath,
            ref: base,
        }));
        if (typeof data?.content !== 'string' || data.encoding !== 'base64') {
            return { ok: false, problem: 'the GitHub API did not return its contents' };
        }
        return { ok: true, bytes: Buffer.from(data.content, 'base64') };
    }
    catch (error) {
        return { ok: false, problem: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .describeGitHubError */ .dZ)(error, deps.api.baseUrl) };
    }
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ RepositoryConfigs),
/* harmony export */   Qu: () => (/* binding */ sharedJobNameFindings),
/* harmony export */   nx: () => (/* binding */ readRepositoryConfigs),
/* harmony export */   u4: () => (/* binding */ listRepositoryFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7743);
/* harmony import */ var _config_claim_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8082);
/* harmony import */ var _config_document_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9329);
/* harmony import */ var _config_positions_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(78);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4964);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2420);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9997);
// Every config in the repository, whatever this run's patterns: which job each YAML file claims
// (config/claim.ts says the rule). Read once per run and shared by the two rules that look past
// the selected configs: one job_name belongs to one config, and a job is destroyed only when no
// file claims it (discover/removed.ts).
//
// The files are every `.yaml` and `.yml` file (any case) git tracks or would track in the
// workspace (`git ls-files --cached --others --exclude-standard`: ignored files are no part of the
// repository), or, outside a git repository, every such file below the workspace; plus the configs
// this run selected, whatever their names. A selected config is not read again: its claim comes
// from its validation. Any other file is read as little as it takes to know its claim: most
// files other than configs are left after a look for a `job_name` or `infrastructure` key.









/** How much of a file too large to be a config is searched for a config's keys. */
const LARGE_FILE_HEAD = 16 * 1024 * 1024;
/** The keys that lead to a config's own job_name when it is written the usual way. */
const OWN_NAME_PATH = ['infrastructure', 'tags', 'job_name'];
/**
 * The claims of every YAML file of the repository and every selected config, kept as little as
 * the rules need (a run may have tens of thousands of configs): per job name, the files claiming
 * it; the files whose claim is unknown. A claim that says what a config usually says (its own
 * job_name at infrastructure → tags → job_name, written in lower case, and no other name) is kept
 * as the file's path alone.
 */
class RepositoryConfigs {
    workspace;
    /** Every file whose claim was taken, by workspace-relative path, in code-unit order once read. */
    files = [];
    /** By job name in lower case: the file claiming it the usual way, or every claim of it. */
    byName = new Map();
    unknowns = [];
    /** Why the repository's files could not be listed, when they could not. */
    listingProblem;
    jobFiles;
    constructor(workspace) {
        this.workspace = workspace;
    }
    /** Takes one file's claim (each file once). */
    add(file, claim) {
        this.files.push(file);
        this.jobFiles = undefined;
        if (claim.kind === 'unknown')
            this.unknowns.push({ file, reason: claim.reason });
        if (claim.kind !== 'job')
            return;
        const own = claim.jobName;
        const usual = claim.names.length === 1 &&
            own !== undefined &&
            own.name === claim.names[0] &&
            own.name === own.name.toLowerCase() &&
            samePath(own.path, OWN_NAME_PATH);
        if (usual)
            return this.put(own.name, file);
        let ownTaken = false;
        for (const name of claim.names) {
            const isOwn = own !== undefined && own.name === name;
            ownTaken ||= isOwn;
            this.put(name.toLowerCase(), { file, name, own: isOwn ? own.path : undefined });
        }
        // The own name is always one of the names (a value under a job_name key): kept if not.
        if (own && !ownTaken)
            this.put(own.name.toLowerCase(), { file, name: own.name, own: own.path });
    }
    put(key, claim) {
        const known = this.byName.get(key);
        if (known === undefined) {
            this.byName.set(key, typeof claim === 'string' ? claim : [claim]);
            return;
        }
        const list = typeof known === 'string' ? [this.expand(key, known)] : known;
        list.push(typeof claim === 'string' ? this.expand(key, claim) : claim);
        if (list !== known)
            this.byName.set(key, list);
    }
    expand(key, file) {
        return { file, name: key, own: OWN_NAME_PATH };
    }
    claimsOf(key) {
        const known = this.byName.get(key);
        if (known === undefined)
            return [];
        if (typeof known === 'string')
            return [this.expand(key, known)];
        // In path order, each file's names in the order written.
        return known.length > 1 ? [...known].sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .CA)(a.file, b.file)) : known;
    }
    /** The files that claim a job, its name compared without case. */
    claimants(jobName) {
        return this.claimsOf(jobName.toLowerCase()).map(({ file, name }) => ({ file, name }));
    }
    /** Whether a file claims a job. */
    claimsJob(file) {
        if (!this.jobFiles) {
            this.jobFiles = new Set();
            for (const known of this.byName.values()) {
                if (typeof known === 'string')
                    this.jobFiles.add(known);
                else
                    for (const claim of known)
                        this.jobFiles.add(claim.file);
            }
        }
        return this.jobFiles.has(file);
    }
    /** The repository's files could not be listed: any of them may be a config. */
    unlisted(problem) {
        this.listingProblem = problem;
    }
    /** Files that may be configs but could not be read well enough to know which job they claim. */
    unknown() {
        const unknown = [...this.unknowns].sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .CA)(a.file, b.file));
        if (this.listingProblem !== undefined) {
            unknown.push({
                file: '.',
                reason: `the repository's files could not be listed (${this.listingProblem})`,
            });
        }
        return unknown;
    }
    /**
     * Configs whose own job_name (compared without case) another config has too, when any of them
     * is among `selected`: groups in path order. A link to a config and the config are one config.
     */
    sharedJobNames(selected) {
        const groups = [];
        for (const [key, known] of this.byName) {
            if (typeof known === 'string')
                continue;
            const owners = this.claimsOf(key).filter((claim) => claim.own !== undefined);
            if (owners.length < 2 || !owners.some((owner) => selected.has(owner.file)))
                continue;
            const group = owners.map(({ file, name, own }) => ({
                file,
                name,
                path: [...own],
                real: this.realFile(file),
            }));
            if (new Set(group.map((owner) => owner.real)).size > 1)
                groups.push(group);
        }
        // In the order of each group's first config.
        return groups.sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .CA)(a[0].file, b[0].file));
    }
    realFile(file) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.workspace, file));
        }
        catch {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.workspace, file);
        }
    }
}
function samePath(a, b) {
    return a.length === b.length && a.every((key, i) => key === b[i]);
}
/**
 * Adds the rest of the repository's configs to `repository`, which holds the claims of the configs
 * this run validated (they are not read again; empty when the run validated none).
 * `listing`, when given, is a listing started earlier (git lists while the configs are validated).
 * `outputDir`: the folder the run writes resolved copies of configs to, which are none.
 */
async function readRepositoryConfigs(workspace, repository, deps) {
    const debug = deps.debug ?? (() => { });
    const listing = await (deps.listing ?? listRepositoryFiles(workspace, deps.git, debug));
    const copies = deps.outputDir && (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .relativePosix */ .Yn)(workspace, deps.outputDir);
    const taken = new Set(repository.files);
    const validated = taken.size;
    for (const file of listing.files) {
        if (taken.has(file) || (copies && (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .within */ .ux)(copies, file) !== undefined))
            continue;
        taken.add(file);
        repository.add(file, claimOfFile(workspace, file, deps.reader));
    }
    repository.files.sort(_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .byCodeUnits */ .CA);
    debug(`Configs in the repository: ${repository.files.length} files, ${repository.files.length - validated} read beside this run's`);
    // Files that could not be listed may be configs: as unknown as a file that cannot be read.
    if (listing.problem)
        repository.unlisted(listing.problem);
    return repository;
}
/** The repository's YAML files, workspace-relative: from git, else from a walk. Never rejects. */
async function listRepositoryFiles(workspace, git, debug = () => { }) {
    try {
        const listed = await git.tryRun([
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
            '--',
            ':(glob,icase)**/*.yaml',
            ':(glob,icase)**/*.yml',
        ]);
        if (listed.exitCode === 0) {
            const files = listed.stdout
                .split('\0')
                .filter((file) => file !== '' && !file.split('/').some((part) => _patterns_js__WEBPACK_IMPORTED_MODULE_6__/* .SKIPPED_FOLDERS */ .Ll.includes(part)));
            return { files };
        }
        debug(`Not a git repository (${listed.stderr.trim()}): every YAML file below the workspace`);
    }
    catch (error) {
        debug(`git could not list the files (${error.message}): every YAML file below the workspace`);
    }
    try {
        const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_8__/* .glob */ .TI)(['**/*.yaml', '**/*.yml'], {
            cwd: workspace,
            dot: true,
            caseSensitiveMatch: false,
            ignore: _patterns_js__WEBPACK_IMPORTED_MODULE_6__/* .SKIPPED_FOLDERS */ .Ll.map((folder) => `**/${folder}/**`),
            followSymbolicLinks: false,
            expandDirectories: false,
            onlyFiles: true,
        });
        return { files };
    }
    catch (error) {
        return { files: [], problem: error.message };
    }
}
/** The claim of one file this run did not validate. */
function claimOfFile(workspace, file, reader) {
    const read = reader.readSync(file);
    if (read.ok)
        return (0,_config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .claimOfBytes */ .rt)(read.bytes);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch {
        return _config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_CLAIM */ .nz; // Gone since it was listed (or deleted from the work tree): no file, no config.
    }
    // A link the reader refused leads outside the workspace or nowhere: no config of the repository
    // (a link to a file inside is read as that file).
    if (info.isSymbolicLink() || !info.isFile())
        return _config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_CLAIM */ .nz;
    if (read.finding.rule === 'yaml-size') {
        return (0,_config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .claimOfUnreadable */ .Fo)((0,_config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .looseText */ .o0)(head(absolute)), (0,_config_claim_js__WEBPACK_IMPORTED_MODULE_2__/* .problemOf */ .Zw)(read.finding.message));
    }
    return { kind: 'unknown', reason: `it cannot be read (${read.finding.message})` };
}
/** The start of a large file. */
function head(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(LARGE_FILE_HEAD);
        const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, count);
    }
    catch {
        return new Uint8Array();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Findings for configs that share a job_name, when any of them is selected: an error at each
 * one's job_name, naming the others. The files are read again for the place of the line (only
 * those that share a name).
 */
function sharedJobNameFindings(repository, selected, reader) {
    const findings = [];
    for (const group of repository.sharedJobNames(selected)) {
        const placed = group.map((owner) => ({
            ...owner,
            range: rangeOf(reader, owner.file, owner.path),
        }));
        for (const owner of placed) {
            const others = placed
                .filter((other) => other.real !== owner.real)
                .map((other) => {
                const written = other.name === owner.name ? '' : `'${other.name}', `;
                return `${other.file} (${written}${other.range ? `line ${other.range.line}` : 'its job_name'})`;
            });
            findings.push({
                severity: 'error',
                rule: 'duplicate-job-name',
                message: `job_name '${owner.name}' is also the job_name of ${others.join(', ')}: two configs of one job would share its root and state, each replacing the other's runtime. Give each job its own name (names are compared without case), or delete one config`,
                file: owner.file,
                range: owner.range,
            });
        }
    }
    return findings;
}
function rangeOf(reader, file, keys) {
    const read = reader.readSync(file);
    if (!read.ok)
        return undefined;
    const parsed = (0,_config_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(file, read.bytes);
    return parsed.ok ? (0,_config_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .valueRange */ .tR)(parsed.config, keys) : undefined;
}


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b5: () => (/* binding */ driftedJobs),
/* harmony export */   driftFindings: () => (/* binding */ driftFindings),
/* harmony export */   j9: () => (/* binding */ describeResources),
/* harmony export */   tE: () => (/* binding */ driftWords)
/* harmony export */ });
/* harmony import */ var _terraform_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(489);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9997);


const LISTED = 5;
/** The findings that say, at the config, what the drift run found for a job. */
function driftFindings(run, record, healing) {
    const at = (severity, rule, message) => ({
        severity,
        rule,
        message,
        file: run.file,
        range: run.job?.range,
    });
    if (record.state === 'pending') {
        return [
            at('warning', 'not-applied', `The plan has changes that no drift explains (${run.plan ? `+${run.plan.add} ~${run.plan.change} -${run.plan.destroy}` : 'see the plan'}): the configuration asks for them, and they were never applied`),
        ];
    }
    if (record.state !== 'drifted')
        return [];
    const what = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(record.resources.length, 'resource')} changed outside Terraform: ${describeResources(record.resources)}`;
    if (record.healed) {
        return [at('notice', 'drift-healed', `Drifted tags restored: ${what}`)];
    }
    const why = !record.tagsOnly
        ? ''
        : record.healFailed
            ? '. Only tags drifted, but the apply restoring them failed'
            : !healing
                ? '. Only tags drifted: heal-tag-drift: true would restore them'
                : record.healBlocked
                    ? `. Not healed: ${record.healBlocked}`
                    : '';
    return [at('warning', 'drift', `Drift: ${what}${why}`)];
}
/** `module.x.aws_ecs_cluster.this (tags.Team, tags_all.Team), … and 2 more`. */
function describeResources(resources) {
    const shown = resources
        .slice(0, LISTED)
        .map((resource) => resource.deleted
        ? `${resource.address} (deleted)`
        : `${resource.address} (${resource.attributes.map(({ path }) => (0,_terraform_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path)).join(', ')})`);
    if (resources.length > LISTED)
        shown.push(`… and ${resources.length - LISTED} more`);
    return shown.join(', ');
}
function driftedJobs(report) {
    return report.configs
        .filter((run) => run.drift?.state === 'drifted')
        .map((run) => ({
        config: run.file,
        job_name: run.jobName ?? '',
        provider: run.provider ?? null,
        runtime: run.runtimeType ?? null,
        team: run.job?.tags.team ?? null,
        resources: run.drift.resources.map((resource) => resource.address),
        tags_only: run.drift.tagsOnly,
        healed: run.drift.healed,
        issue: run.drift.issue?.number ?? null,
    }));
}
/** The state of a job in a drift run, in a few words. */
function driftWords(run) {
    const drift = run.drift;
    if (!drift) {
        if (run.skipped)
            return 'skipped';
        return run.valid && !run.terraformFailed ? 'not checked' : 'failed';
    }
    if (drift.state === 'in-sync')
        return 'in sync';
    if (drift.state === 'pending')
        return 'changes not applied';
    const count = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(drift.resources.length, 'resource');
    if (drift.healed)
        return `tags drifted on ${count}: restored`;
    return `drifted: ${count}${drift.tagsOnly ? ', tags only' : ''}`;
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   zO: () => (/* binding */ ruleTitle)
/* harmony export */ });
/* unused harmony exports LocatedError, RULE_TITLES */
// What every stage reports about a config: a problem (or note) at an exact place in a file.
/** The message with its hint, as a reader sees it in a line, a summary or a comment. */
function withHint(finding) {
    return finding.hint ? `${finding.message}; ${finding.hint}` : finding.message;
}
/** An error with a place in a config: the one error type the stages throw for user mistakes. */
class LocatedError extends Error {
    rule;
    file;
    range;
    constructor(message, rule, file, range) {
        super(message);
        this.rule = rule;
        this.file = file;
        this.range = range;
        this.name = 'LocatedError';
    }
    toFinding(severity = 'error') {
        return { severity, rule: this.rule, message: this.message, file: this.file, range: this.range };
    }
}
/** A bad input value or command-line usage: reported at once, before any config is touched. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** A value of one input the run does not accept: the action names it `Input mode`, the CLI `--mode`. */
class InputError extends UsageError {
    input;
    problem;
    constructor(input, problem) {
        super(`Input ${input}: ${problem}`);
        this.input = input;
        this.problem = problem;
        this.name = 'InputError';
    }
}
const RULE_TITLES = {
    'missing-required-tags': 'missing required tags',
    'runtime-mismatch': 'runtime not compatible with provider',
    'malformed-placeholder': 'malformed placeholder',
    'unknown-provider': 'unknown provider',
    'unknown-runtime': 'unknown runtime type',
    'unknown-key': 'unknown key',
    'missing-key': 'missing key',
    'wrong-type': 'wrong type',
    'invalid-value': 'invalid value',
    region: 'invalid region',
    'tag-key': 'invalid tag key',
    'tag-value': 'invalid tag value',
    'tag-conversion': 'tag changed for the cloud',
    'resource-name': 'job name does not fit resource names',
    'environment-mismatch': 'environment mismatch',
    'no-infrastructure': 'skipped: no infrastructure section',
    policy: 'organisation policy',
    grant: 'grant wider than one resource',
    'platform-policy': 'platform policy',
    'policy-file': 'platform policy file',
    'untagged-resource': "resource without the job's tags",
    'yaml-syntax': 'YAML syntax error',
    'yaml-duplicate-key': 'duplicate key',
    'yaml-root': 'not a mapping',
    'yaml-empty': 'empty file',
    'yaml-encoding': 'not UTF-8',
    'yaml-alias': 'too many aliases',
    'yaml-depth': 'nesting too deep',
    'yaml-size': 'file too large',
    'yaml-multi-document': 'more than one document',
    'file-unreadable': 'unreadable file',
    terraform: 'terraform failed',
    'unknown-output': 'unknown Terraform output',
    'sensitive-output': 'sensitive Terraform output',
    'output-type': 'Terraform output does not fit here',
    'placeholder-marker': 'placeholder cannot be kept as a comment',
    'stale-marker': 'resolved value not refreshed',
    'resolve-failed': 'placeholders not resolved',
    'deploy-failed': 'deploy-command failed',
    'missing-variables': 'runtime variables missing',
    'unreviewed-plan': 'plan not reviewed',
    'removed-job': 'runtime of a removed job',
    'duplicate-job-name': 'job name used by another config',
    'destroy-held-back': 'destroy held back',
    'outputs-file': 'outputs file does not match',
    'write-failed': 'resolved config not written',
    'commit-failed': 'resolved config not committed',
    'local-state': 'state would be lost',
    'shared-state': 'state shared with other jobs',
    'lock-file': 'provider lock file written',
    cancelled: 'run cancelled',
};
function ruleTitle(rule) {
    return `dativo: ${RULE_TITLES[rule] ?? rule}`;
}
function compareFindings(a, b) {
    return ((a.range?.line ?? 0) - (b.range?.line ?? 0) ||
        (a.range?.column ?? 0) - (b.range?.column ?? 0) ||
        a.message.localeCompare(b.message));
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ appSlugOf),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   jh: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3116);
// The run's way to GitHub's API: one Octokit for the token, built on the first call (the
// validate path, which rarely needs it, starts without loading it), and who the token acts as.

/** The login of GITHUB_TOKEN, which may ask neither GraphQL's viewer nor GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';
class GitHubClient {
    options;
    client;
    login;
    constructor(options) {
        this.options = options;
    }
    get baseUrl() {
        return this.options.baseUrl;
    }
    octokit() {
        this.client ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(159), __nccwpck_require__.e(702)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6702)).then(({ createOctokit }) => createOctokit(this.options));
        return this.client;
    }
    /**
     * The login the token acts as, as REST writes an author (`github-actions[bot]`, `my-app[bot]`,
     * `octocat`): GraphQL's viewer, which answers an app's installation token (GITHUB_TOKEN among
     * them) and a person's token alike, then REST's GET /user, which answers a person's token only
     * (an app's is refused with 403). A token refused both is taken for GITHUB_TOKEN. Never throws:
     * a run that cannot tell who it is still comments, and a gate that trusts only this identity
     * fails closed on a wrong guess.
     */
    identity() {
        this.login ??= this.lookUpIdentity();
        return this.login;
    }
    async lookUpIdentity() {
        const debug = (message) => {
            try {
                this.options.log.debug(message);
            }
            catch {
                // A log that cannot take a line must not cost the run its identity.
            }
        };
        let octokit;
        try {
            octokit = await this.octokit();
        }
        catch (error) {
            debug(`GitHub's API client could not be loaded: ${describe(error)}`);
            return ACTIONS_BOT;
        }
        try {
            // GitHub Enterprise Server answers GraphQL at <host>/api/graphql: Octokit derives it from
            // a base URL ending in /api/v3.
            const answer = await octokit.graphql('query { viewer { login } }');
            const login = answer?.viewer?.login;
            if (typeof login === 'string' && login !== '')
                return login;
            debug('GraphQL viewer: no login in the answer');
        }
        catch (error) {
            debug(`GraphQL viewer: ${describe(error)}`);
        }
        try {
            const login = (await octokit.rest.users.getAuthenticated()).data?.login;
            if (typeof login === 'string' && login !== '')
                return login;
            debug('GET /user: no login in the answer');
        }
        catch (error) {
            debug(`GET /user: ${describe(error)}`);
        }
        debug(`The token's identity is unknown; taking it for ${ACTIONS_BOT}`);
        return ACTIONS_BOT;
    }
}
/**
 * The GitHub App a bot login belongs to (`github-actions[bot]` → `github-actions`), the name its
 * check runs carry; undefined for a person's login, which cannot create check runs.
 */
function appSlugOf(login) {
    const match = /^(.+)\[bot\]$/i.exec(login);
    return match ? match[1].toLowerCase() : undefined;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Makes something on GitHub (an issue, a comment) once. A server error or a lost answer does not
 * say whether GitHub made it: `find` looks for it first, and it is made again only when it is not
 * there (a blind retry could make it twice). Any other refusal is thrown as it came.
 */
async function createOnce(api, what, create, find) {
    try {
        return await create();
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubError */ .e0)(error) || error.status < 500)
            throw error;
        api.options.log.debug(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(error, api.baseUrl)}; looking for the ${what} before trying again`);
        return (await find()) ?? (await create());
    }
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   _n: () => (/* binding */ pullRequestOf)
/* harmony export */ });
/* unused harmony export repositoryName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// What the workflow run is about: the event, the repository and the commits. The action reads it
// from the runner's environment once (readGitHubContext); stages receive it as plain data. Not
// @actions/github's `context`: that package brings Octokit with it, which validation must not load.

function readGitHubContext(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME || 'local',
        payload,
        repository: owner && repo ? { owner, repo } : undefined,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        headRef: env.GITHUB_HEAD_REF || undefined,
        runId: env.GITHUB_RUN_ID || undefined,
        job: env.GITHUB_JOB || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
    };
}
function pullRequestOf(context) {
    const pr = context.payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const base = (pr.base ?? {});
    const head = (pr.head ?? {});
    const repoName = (side) => typeof side.repo?.full_name === 'string'
        ? side.repo.full_name
        : undefined;
    const headRepo = repoName(head);
    const baseRepo = repoName(base) ?? repositoryName(context);
    return {
        number: pr.number,
        baseSha: typeof base.sha === 'string' ? base.sha : undefined,
        headSha: typeof head.sha === 'string' ? head.sha : undefined,
        headRef: typeof head.ref === 'string' ? head.ref : undefined,
        headRepo,
        baseRepo,
        changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
        fromFork: !headRepo || headRepo !== baseRepo,
    };
}
/** `owner/name` of the repository the workflow runs in. */
function repositoryName(context) {
    return context.repository && `${context.repository.owner}/${context.repository.repo}`;
}
/** The repository's page on the GitHub server. */
function repositoryUrl(context) {
    const repository = context.repository;
    return (repository &&
        `${context.serverUrl}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`);
}
/** The page of this workflow run, where its job summary is. */
function runUrl(context) {
    const base = repositoryUrl(context);
    return base && context.runId
        ? `${base}/actions/runs/${encodeURIComponent(context.runId)}`
        : undefined;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ hasStatus),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   e0: () => (/* binding */ isGitHubError),
/* harmony export */   tX: () => (/* binding */ rateLimitOf)
/* harmony export */ });
/* unused harmony exports requestLine, githubMessage */
// What a failed call to GitHub's API means, in words that say what to change. Octokit throws a
// RequestError (name HttpError) with the status, the request and GitHub's answer; it is read by
// shape here so that this file stays light enough to load at start-up.
function isGitHubError(error) {
    return (error instanceof Error &&
        error.name === 'HttpError' &&
        typeof error.status === 'number');
}
function hasStatus(error, ...statuses) {
    return isGitHubError(error) && statuses.includes(error.status);
}
/**
 * The rate limit a refusal comes from, if any: the primary one answers 403 or 429 with
 * x-ratelimit-remaining: 0; a secondary one says so in its message, with or without Retry-After.
 */
function rateLimitOf(error) {
    if (!hasStatus(error, 403, 429))
        return undefined;
    const headers = error.response?.headers ?? {};
    if (/\bsecondary rate limit/i.test(error.message))
        return { kind: 'secondary' };
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        return { kind: 'primary', resetsAt: reset > 0 ? new Date(reset * 1000) : undefined };
    }
    return undefined;
}
/** `GET /repos/acme/etl/pulls/7/files`: the request without the API's base URL. */
function requestLine(error, baseUrl) {
    const url = error.request?.url ?? '';
    const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
    return `${error.request?.method ?? 'GET'} ${path || '/'}`;
}
/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(error) {
    return error.message.replace(/ - https:\/\/docs\.github\.com\/\S*$/, '');
}
/**
 * One sentence for the log: which request, GitHub's answer, and for a rate limit that it is one
 * (not a permission problem) and when it lifts.
 */
function describeGitHubError(error, baseUrl) {
    if (!isGitHubError(error))
        return error instanceof Error ? error.message : String(error);
    // No response: the request never got an answer (Octokit then says status 500).
    const said = error.response
        ? `GitHub API ${requestLine(error, baseUrl)} answered ${error.status}: ${githubMessage(error)}`
        : `GitHub API ${requestLine(error, baseUrl)} failed: ${error.message}`;
    const limit = rateLimitOf(error);
    if (!limit)
        return said;
    const when = limit.kind === 'primary' && limit.resetsAt
        ? `; it resets at ${limit.resetsAt.toISOString().slice(11, 19)} UTC (in ${minutes(limit.resetsAt)})`
        : '';
    return `GitHub's ${limit.kind} API rate limit was reached, so the request was refused (${said})${when}. This is a rate limit, not a missing permission: run the workflow again later.`;
}
function minutes(at) {
    const left = Math.max(1, Math.round((at.getTime() - Date.now()) / 60_000));
    return left === 1 ? '1 minute' : `${left} minutes`;
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseRunOptions),
/* harmony export */   h: () => (/* binding */ backendLinesFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8815);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7242);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1001);
/* harmony import */ var _terraform_install_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3277);
/* harmony import */ var _util_command_line_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3268);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4964);
// The run's settings as one typed object, from raw input strings. The action reads its inputs
// into this (src/action/inputs.ts) and the CLI its flags; stages only ever see RunOptions.







/**
 * The `key=value` lines of `backend-config` that a job on `provider` receives: the plain lines go
 * to every cloud job, a provider's map entry to its jobs only; a `local` sandbox job gets only the
 * map's `local:` entry, so a cloud backend's settings never reach it.
 */
function backendLinesFor(config, provider) {
    const own = config.byProvider[provider] ?? [];
    return provider === 'local' ? [...own] : [...config.lines, ...own];
}
function parseRunOptions(raw, workspace) {
    const get = (name) => (raw(name) ?? '').trim();
    const schema = get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Schema);
    const outputDir = get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputDir);
    return {
        mode: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Mode, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Mode) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.mode, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN),
        workspace,
        configs: lines(raw(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configs) ?? '').length > 0
            ? lines(raw(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configs) ?? '')
            : [..._constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.configs],
        changedOnly: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ChangedOnly, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ChangedOnly), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.changedOnly),
        schemaPath: schema ? insideWorkspace(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Schema, workspace, schema) : undefined,
        terraformVersion: terraformVersion(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformVersion) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.terraformVersion),
        terraformMirror: url(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformMirror, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformMirror) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.terraformMirror),
        terraformDir: get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformDir) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.terraformDir,
        moduleSource: get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ModuleSource) || undefined,
        backendConfig: backendConfig(raw(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.BackendConfig) ?? ''),
        terraformVars: map(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformVars, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformVars)),
        defaultTags: tags(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.DefaultTags)),
        parallelism: positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Parallelism, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Parallelism), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.parallelism),
        commitBack: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommitBack, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommitBack) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.commitBack, [
            'auto',
            'true',
            'false',
        ]),
        commitMethod: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommitMethod, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommitMethod) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.commitMethod, [
            'git',
            'api',
        ]),
        commitMessage: firstLine(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommitMessage)) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.commitMessage,
        outputDir: outputDir ? insideWorkspace(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputDir, workspace, outputDir) : undefined,
        allowSensitiveOutputs: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.AllowSensitiveOutputs, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.AllowSensitiveOutputs), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.allowSensitiveOutputs),
        commentOnPr: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommentOnPr, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CommentOnPr), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.commentOnPr),
        deployCommand: deployCommand(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.DeployCommand)),
        githubToken: get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.GithubToken) || undefined,
        passTokenToTerraform: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.PassTokenToTerraform, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.PassTokenToTerraform), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.passTokenToTerraform),
        allowLocalState: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.AllowLocalState, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.AllowLocalState), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.allowLocalState),
        terraformTimeoutMs: duration(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformTimeout, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TerraformTimeout) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.terraformTimeout),
        requireReviewedPlan: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RequireReviewedPlan, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RequireReviewedPlan), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.requireReviewedPlan),
        destroyRemoved: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.DestroyRemoved, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.DestroyRemoved), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.destroyRemoved),
        outputsFrom: outputsFrom(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputsFrom), workspace, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Mode)),
        policyFile: policyFile(get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Policy), workspace),
        healTagDrift: bool(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.HealTagDrift, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.HealTagDrift), _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.healTagDrift),
        rollout: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Rollout, get(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Rollout) || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.rollout, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLOUTS */ .Lw),
        rolloutOrder: rolloutOrder(raw(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RolloutOrder) ?? ''),
    };
}
/**
 * `rollout-order`: one wave per line, earliest first; a line may name several environments
 * (`staging, qa`); `*` stands for every environment no line names.
 */
function rolloutOrder(value) {
    const given = lines(value);
    const waves = (given.length > 0 ? given : [..._constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Defaults */ .Hw.rolloutOrder]).map((line) => line
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== ''));
    const seen = new Set();
    for (const name of waves.flat()) {
        if (name !== '*' && !/^[a-z0-9][a-z0-9_.-]*$/.test(name)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RolloutOrder, `'${name}' is not an environment name (expected names such as dev, staging, prod, one wave per line; * for every other environment)`);
        }
        if (seen.has(name)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RolloutOrder, `'${name}' is named twice: each environment belongs to one wave`);
        }
        seen.add(name);
    }
    return waves;
}
function oneOf(name, value, accepted) {
    if (accepted.includes(value))
        return value;
    throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is not accepted (expected one of: ${accepted.join(', ')})`);
}
function bool(name, value, fallback) {
    if (value === '')
        return fallback;
    // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is not accepted (expected one of: true, false)`);
}
function positiveInteger(name, value, fallback) {
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is not accepted (expected a whole number from 1 to 64)`);
    }
    return Number(value);
}
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function firstLine(value) {
    return value.split(/\r?\n/)[0].trim();
}
function url(name, value) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is not a URL (e.g. https://releases.hashicorp.com)`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' must be an http(s) URL`);
    }
    return value.replace(/\/+$/, '');
}
/** Checked here, so a bad version fails before any config is touched. */
function terraformVersion(value) {
    (0,_terraform_install_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTerraformVersion */ ._)(value);
    return value;
}
/** Checked here, so a command that cannot run fails before any infrastructure changes. */
function deployCommand(value) {
    if (value === '')
        return undefined;
    try {
        (0,_util_command_line_js__WEBPACK_IMPORTED_MODULE_5__/* .splitCommandLine */ .a)(value);
    }
    catch (error) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('deploy-command', `${error.message} (it runs without a shell: quote with '…' or "…", escape with \\)`);
    }
    return value;
}
function insideWorkspace(name, workspace, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value);
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .within */ .ux)(workspace, absolute) === undefined) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is outside the workspace`);
    }
    // Checked where it really leads: a committed link could point anywhere on the runner.
    let real;
    try {
        real = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .realPath */ .Ye)(absolute);
    }
    catch (error) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' cannot be followed: ${error.message}`);
    }
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .reallyWithin */ .RU)(workspace, real) === undefined) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' leads outside the workspace (a link to ${real}); give a path whose folders are in the workspace`);
    }
    return absolute;
}
function backendLine(line) {
    if (!/^[A-Za-z0-9_.-]+\s*=/.test(line)) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('backend-config', `'${line}' is not a key=value line (or give a YAML map keyed by provider: ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKEND_PROVIDERS */ .uF.map((p) => `${p}:`).join(', ')})`);
    }
    return line;
}
/**
 * Plain `key=value` lines, or a YAML map keyed by provider (`aws:`, `azure:`, `gcp:`, `local:`)
 * whose values are maps of backend settings. Text that YAML reads as a map is the map form.
 */
function backendConfig(value) {
    const given = lines(value);
    if (given.length === 0)
        return { lines: [], byProvider: {} };
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(value, { logLevel: 'error' });
    }
    catch {
        parsed = undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { lines: given.map((line) => backendLine(line)), byProvider: {} };
    }
    const byProvider = {};
    for (const [provider, settings] of Object.entries(parsed)) {
        if (!_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKEND_PROVIDERS */ .uF.includes(provider)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('backend-config', `'${provider}' is not a provider (expected one of: ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKEND_PROVIDERS */ .uF.join(', ')}); give key=value lines for every job, or a map keyed by provider`);
        }
        if (settings === null || settings === undefined) {
            byProvider[provider] = [];
            continue;
        }
        if (typeof settings !== 'object' || Array.isArray(settings)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('backend-config', `${provider}: expected a map of backend settings (e.g. bucket: acme-terraform-state)`);
        }
        byProvider[provider] = Object.entries(settings).map(([key, setting]) => {
            if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
                throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('backend-config', `${provider}: '${key}' is not a setting name`);
            }
            if (!['string', 'number', 'boolean'].includes(typeof setting)) {
                throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('backend-config', `${provider}.${key}: expected a string, number or boolean`);
            }
            return `${key}=${String(setting)}`;
        });
    }
    return { lines: [], byProvider };
}
/** A duration as Terraform and Go write them: `90s`, `45m`, `1h30m`. */
function duration(name, value) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
    const ms = match
        ? ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000
        : 0;
    if (!match || ms < 1000) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `'${value}' is not accepted (expected a duration such as 60m, 1h30m or 90s)`);
    }
    return ms;
}
function policyFile(value, workspace) {
    if (value === '')
        return undefined;
    const relative = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .within */ .ux)(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value));
    if (relative === undefined || relative === '') {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Policy, `'${value}' is not a file in the workspace`);
    }
    return relative;
}
function outputsFrom(value, workspace, mode) {
    if (value === '') {
        if (mode === 'resolve') {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputsFrom, `mode resolve needs the folder of outputs files (e.g. the path actions/download-artifact wrote to)`);
        }
        return undefined;
    }
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value);
}
/** A YAML or JSON mapping (JSON is YAML). */
function map(name, value) {
    if (value === '')
        return {};
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(value, { logLevel: 'error' });
    }
    catch (error) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `not valid YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `expected a mapping of names to values`);
    }
    return parsed;
}
function tags(value) {
    const parsed = map(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.DefaultTags, value);
    for (const [key, tagValue] of Object.entries(parsed)) {
        if (typeof tagValue !== 'string') {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('default-tags', `the value of '${key}' must be a string (quote it)`);
        }
        if (!/^[a-z][a-z0-9_]*$/.test(key)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('default-tags', `tag key '${key}' must be lowercase_underscore, as in job configs`);
        }
    }
    return parsed;
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y7: () => (/* binding */ POLICY_RULE),
  LY: () => (/* binding */ configPolicyFindings),
  rU: () => (/* binding */ secretAllowed)
});

// UNUSED EXPORTS: gibOf, vcpuOf

// EXTERNAL MODULE: ./src/config/positions.ts
var positions = __nccwpck_require__(78);
// EXTERNAL MODULE: ./src/util/data.ts
var util_data = __nccwpck_require__(2122);
;// CONCATENATED MODULE: ./src/policy/cron.ts
// How often a five-field cron expression (minute hour day-of-month month day-of-week, as the
// job config's `schedule` is written) starts a job: the shortest time between two starts.
// Days follow cron's rule: with both day fields restricted, a day matches either of them.
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    },
    { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];
/** Days simulated: 28 years, after which weekdays fall on the same dates again. */
const CYCLE_DAYS = 10_227;
/**
 * The shortest interval between two starts, in minutes (undefined: it never starts twice), or
 * why the expression cannot be read.
 */
function shortestInterval(expression) {
    const fields = expression.trim().split(/\s+/);
    if (fields.length !== 5)
        return { ok: false, problem: 'it does not have five fields' };
    const sets = [];
    for (const [index, field] of fields.entries()) {
        const values = parseField(field, FIELDS[index]);
        if (typeof values === 'string')
            return { ok: false, problem: values };
        sets.push(values);
    }
    const [minutes, hours, days, months, weekdays] = sets;
    if (weekdays.has(7))
        weekdays.add(0);
    const times = [...hours]
        .flatMap((hour) => [...minutes].map((minute) => hour * 60 + minute))
        .sort((a, b) => a - b);
    let shortest = Infinity;
    for (let i = 1; i < times.length; i++)
        shortest = Math.min(shortest, times[i] - times[i - 1]);
    const anyDay = fields[2].startsWith('*') || fields[4].startsWith('*');
    const firing = [];
    const start = Date.UTC(2024, 0, 1);
    for (let day = 0; day < CYCLE_DAYS; day++) {
        const date = new Date(start + day * 86_400_000);
        if (!months.has(date.getUTCMonth() + 1))
            continue;
        const onDate = days.has(date.getUTCDate());
        const onWeekday = weekdays.has(date.getUTCDay());
        if (anyDay ? onDate && onWeekday : onDate || onWeekday)
            firing.push(day);
    }
    const first = times[0];
    const last = times.at(-1);
    for (let i = 1; i < firing.length; i++) {
        const gap = (firing[i] - firing[i - 1]) * 1440 - last + first;
        shortest = Math.min(shortest, gap);
    }
    return { ok: true, minutes: Number.isFinite(shortest) ? shortest : undefined };
}
function parseField(text, field) {
    const values = new Set();
    for (const part of text.split(',')) {
        const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
        if (!match)
            return `its ${field.name} field '${text}' is not cron syntax`;
        const step = match[2] === undefined ? 1 : Number(match[2]);
        if (step < 1)
            return `its ${field.name} field '${text}' has a step of 0`;
        let low;
        let high;
        if (match[1] === '*') {
            low = field.min;
            high = field.name === 'day of week' ? 6 : field.max;
        }
        else {
            const [from, to] = match[1].split('-');
            const a = value(from, field);
            const b = to === undefined ? (match[2] === undefined ? a : field.max) : value(to, field);
            if (a === undefined || b === undefined || a > b) {
                return `its ${field.name} field '${text}' holds a value outside ${field.min}-${field.max}`;
            }
            low = a;
            high = b;
        }
        for (let v = low; v <= high; v += step)
            values.add(v);
    }
    return values;
}
function value(text, field) {
    const named = 'names' in field ? field.names.indexOf(text.toUpperCase()) : -1;
    const number = named !== -1
        ? named + (field.name === 'month' ? 1 : 0)
        : /^\d+$/.test(text)
            ? Number(text)
            : NaN;
    return number >= field.min && number <= field.max ? number : undefined;
}
/** `15m`, `1h30m`, `1d` as minutes. */
function durationMinutes(text) {
    const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
    if (!match)
        return NaN;
    return (Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0);
}
/** Minutes in words: `5 minutes`, `1 hour`, `1 day 2 hours`. */
function describeMinutes(minutes) {
    const parts = [];
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    if (days)
        parts.push(`${days} day${days === 1 ? '' : 's'}`);
    if (hours)
        parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
    if (rest || parts.length === 0)
        parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/policy/image.ts
// Container image references as registries read them (the distribution/reference grammar):
// `python:3.12` is docker.io/library/python, `ghcr.io/acme/etl@sha256:…` is ghcr.io/acme/etl.
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]{32,}$/;
/** The reference's parts, or undefined when it is not one a registry would accept. */
function parseImage(image) {
    if (image !== image.trim() || image === '' || /\s/.test(image))
        return undefined;
    let rest = image;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!/^[\w][\w.-]{0,127}$/.test(tag))
            return undefined;
    }
    const parts = rest.split('/');
    if (parts.some((part) => part === ''))
        return undefined;
    const first = parts[0];
    const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let host = hasHost ? first.toLowerCase() : 'docker.io';
    if (host === 'index.docker.io' || host === 'registry-1.docker.io')
        host = 'docker.io';
    const path = hasHost ? parts.slice(1) : parts;
    if (path.some((part) => !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(part)))
        return undefined;
    if (host === 'docker.io' && path.length === 1)
        path.unshift('library');
    return { repository: [host, ...path].join('/'), tag, digest };
}
/** Whether an image's repository is one of `allowed` or under one (by whole path segments). */
function repositoryAllowed(repository, allowed) {
    return allowed.some((entry) => {
        const prefix = normaliseEntry(entry);
        return repository === prefix || repository.startsWith(`${prefix}/`);
    });
}
function normaliseEntry(entry) {
    const [host = '', ...rest] = entry.replace(/\/+$/, '').split('/');
    const lower = host.toLowerCase();
    const registry = lower === 'index.docker.io' || lower === 'registry-1.docker.io' ? 'docker.io' : lower;
    return [registry, ...rest].join('/');
}
/** A digest a registry cannot move: sha256 (64 hex digits) or sha512 (128). */
function pinnedByDigest(reference) {
    const digest = reference.digest ?? '';
    return /^sha256:[a-f0-9]{64}$/.test(digest) || /^sha512:[a-f0-9]{128}$/.test(digest);
}

// EXTERNAL MODULE: ./src/policy/rules.ts
var rules = __nccwpck_require__(1821);
;// CONCATENATED MODULE: ./src/policy/config.ts





const POLICY_RULE = 'platform-policy';
/** Every value of the config the policy forbids. */
function configPolicyFindings(config, policy) {
    const infrastructure = (0,positions/* dataAt */.ox)(config.data, ['infrastructure']);
    if (!(0,util_data/* isRecord */.u)(infrastructure))
        return [];
    const tags = (0,util_data/* isRecord */.u)(infrastructure.tags) ? infrastructure.tags : {};
    const environment = typeof tags.environment === 'string' ? tags.environment : '';
    const job = (0,rules/* policyFor */.KV)(policy, environment);
    const findings = [];
    const report = (message, range) => findings.push({ severity: 'error', rule: POLICY_RULE, message, file: config.file, range });
    const at = (segments) => (0,positions/* valueRange */.tR)(config, segments);
    checkPlacement(infrastructure, job, at, report);
    const runtime = (0,util_data/* isRecord */.u)(infrastructure.runtime) ? infrastructure.runtime : {};
    const provider = infrastructure.provider;
    if (provider === 'aws' || provider === 'azure' || provider === 'gcp') {
        checkImage(runtime, job, at, report);
        checkSecrets(provider, runtime, job, at, report);
        checkStorage(provider, config.data, job, at, report);
        checkLimits(runtime, job, at, report);
    }
    checkSchedule(runtime, job, at, report);
    checkTags(tags, job, at, () => (0,positions/* mappingRange */.CF)(config, ['infrastructure', 'tags']), report);
    return findings;
}
const RUNTIME = ['infrastructure', 'runtime'];
function list(values) {
    return values.length === 0 ? 'none' : values.map((value) => `'${value}'`).join(', ');
}
function checkPlacement(infrastructure, job, at, report) {
    const { providers, runtimes, regions } = job.rules;
    const provider = infrastructure.provider;
    if (providers && typeof provider === 'string' && !providers.includes(provider)) {
        report(`Provider '${provider}' is not allowed by the policy (${job.ruleName('providers')}: ${list(providers)})`, at(['infrastructure', 'provider']));
    }
    const type = (0,util_data/* isRecord */.u)(infrastructure.runtime) ? infrastructure.runtime.type : undefined;
    if (runtimes && typeof type === 'string' && !runtimes.includes(type)) {
        report(`Runtime type '${type}' is not allowed by the policy (${job.ruleName('runtimes')}: ${list(runtimes)})`, at([...RUNTIME, 'type']));
    }
    const region = infrastructure.region;
    const allowed = typeof provider === 'string' ? regions?.[provider] : undefined;
    if (allowed && typeof region === 'string' && !allowed.includes(region)) {
        report(`Region '${region}' is not allowed for ${provider} by the policy (${job.ruleName(`regions.${String(provider)}`)}: ${list(allowed)})`, at(['infrastructure', 'region']));
    }
}
function checkImage(runtime, job, at, report) {
    const rule = job.rules.images;
    const image = runtime.image;
    if (!rule || typeof image !== 'string')
        return;
    const where = at([...RUNTIME, 'image']);
    if (image.includes('terraform_outputs')) {
        report(`Image '${image}' is known only once Terraform has run, so the policy's image rules (${job.ruleName('images')}) cannot check it: name the image itself`, where);
        return;
    }
    const reference = parseImage(image);
    if (!reference) {
        report(`Image '${image}' is not an image reference the policy can check (${job.ruleName('images')}): write registry/repository:tag or registry/repository@sha256:…`, where);
        return;
    }
    const repositories = rule.repositories;
    if (repositories && !repositoryAllowed(reference.repository, repositories)) {
        report(`Image '${image}' (${reference.repository}) is not from a registry or repository the policy allows (${job.ruleName('images.repositories')}: ${list(repositories)})`, where);
    }
    if (rule.require_digest && !pinnedByDigest(reference)) {
        report(`Image '${image}' is not pinned by digest, which the policy requires (${job.ruleName('images.require_digest')}): write ${reference.repository}@sha256:<digest>`, where);
    }
}
function checkSecrets(cloud, runtime, job, at, report) {
    const prefixes = job.rules.secrets?.[cloud];
    if (!prefixes || !Array.isArray(runtime.secrets))
        return;
    const rule = job.ruleName(`secrets.${cloud}`);
    for (const [index, secret] of runtime.secrets.entries()) {
        if (typeof secret !== 'string')
            continue;
        const where = at([...RUNTIME, 'secrets', String(index)]);
        if (cloud === 'gcp' && !secret.startsWith('projects/')) {
            report(`Secret '${secret}' does not name its project, so the policy (${rule}) cannot tell whose it is: write projects/<project>/secrets/${secret}`, where);
            continue;
        }
        if (!secretAllowed(cloud, secret, prefixes)) {
            report(`Secret '${secret}' is outside the allowed prefixes ${list(prefixes)} (${rule})`, where);
        }
        else if (cloud === 'azure' && !/\/secrets\/[^/]+$/i.test(secret)) {
            report(`Secret '${secret}' names a whole Key Vault, which would let the job read every secret in it: name each secret (…/vaults/<vault>/secrets/<name>), within ${list(prefixes)} (${rule})`, where);
        }
    }
}
/** A secret id within one of the prefixes; Azure resource IDs compare without case. */
function secretAllowed(cloud, secret, prefixes) {
    const fold = (text) => (cloud === 'azure' ? text.toLowerCase() : text);
    return prefixes.some((prefix) => fold(secret).startsWith(fold(prefix)));
}
function checkStorage(cloud, data, job, at, report) {
    const storage = job.rules.storage;
    const connection = (0,positions/* dataAt */.ox)(data, ['target', 'connection']);
    if (!storage || !(0,util_data/* isRecord */.u)(connection))
        return;
    const name = (kind) => {
        const value = (0,positions/* dataAt */.ox)(connection, [kind, 'bucket']);
        return typeof value === 'string' ? value : undefined;
    };
    if (cloud === 'aws' && storage.s3_buckets) {
        const bucket = name('s3');
        if (bucket !== undefined && !storage.s3_buckets.includes(bucket)) {
            const prefixes = storage.s3_buckets.filter((entry) => entry.startsWith(`${bucket}/`));
            const rule = job.ruleName('storage.s3_buckets');
            report(prefixes.length > 0
                ? `S3 bucket '${bucket}': the policy allows only ${list(prefixes)} in it (${rule}), and the runtime module grants the whole bucket; use a bucket the policy names, or a root of your own that grants only those prefixes`
                : `S3 bucket '${bucket}' is not one the policy lets jobs use (${rule}: ${list(storage.s3_buckets)})`, at(['target', 'connection', 's3', 'bucket']));
        }
    }
    if (cloud === 'gcp' && storage.gcs_buckets) {
        const bucket = name('gcs');
        if (bucket !== undefined && !storage.gcs_buckets.includes(bucket)) {
            report(`Cloud Storage bucket '${bucket}' is not one the policy lets jobs use (${job.ruleName('storage.gcs_buckets')}: ${list(storage.gcs_buckets)})`, at(['target', 'connection', 'gcs', 'bucket']));
        }
    }
    if (cloud === 'azure' && storage.azure_storage_accounts) {
        const account = (0,positions/* dataAt */.ox)(connection, ['azure_blob', 'storage_account_id']);
        const allowed = storage.azure_storage_accounts.map((id) => id.toLowerCase());
        if (typeof account === 'string' && !allowed.includes(account.toLowerCase())) {
            report(`Storage account '${account}' is not one the policy lets jobs use (${job.ruleName('storage.azure_storage_accounts')}: ${list(storage.azure_storage_accounts)})`, at(['target', 'connection', 'azure_blob', 'storage_account_id']));
        }
    }
}
function checkLimits(runtime, job, at, report) {
    const limits = job.rules.limits;
    if (!limits)
        return;
    const type = runtime.type;
    if (limits.max_vcpu !== undefined && runtime.cpu !== undefined) {
        const vcpu = vcpuOf(type, runtime.cpu);
        if (vcpu !== undefined && vcpu > limits.max_vcpu) {
            report(`cpu ${written(runtime.cpu)} is ${round(vcpu)} vCPU; the policy allows at most ${limits.max_vcpu} (${job.ruleName('limits.max_vcpu')})`, at([...RUNTIME, 'cpu']));
        }
    }
    if (limits.max_memory_gib !== undefined && runtime.memory !== undefined) {
        const gib = gibOf(type, runtime.memory);
        if (gib !== undefined && gib > limits.max_memory_gib) {
            report(`memory ${written(runtime.memory)} is ${round(gib)} GiB; the policy allows at most ${limits.max_memory_gib} GiB (${job.ruleName('limits.max_memory_gib')})`, at([...RUNTIME, 'memory']));
        }
    }
    if (limits.max_replicas !== undefined) {
        for (const key of ['min_replicas', 'max_replicas']) {
            const replicas = runtime[key];
            if (typeof replicas === 'number' && replicas > limits.max_replicas) {
                report(`${key} ${replicas} is more replicas than the policy allows (${job.ruleName('limits.max_replicas')}: ${limits.max_replicas})`, at([...RUNTIME, key]));
            }
        }
    }
}
function checkSchedule(runtime, job, at, report) {
    const least = job.rules.limits?.min_schedule_interval;
    const schedule = runtime.schedule;
    if (least === undefined || typeof schedule !== 'string')
        return;
    const rule = job.ruleName('limits.min_schedule_interval');
    const where = at([...RUNTIME, 'schedule']);
    const interval = shortestInterval(schedule);
    if (!interval.ok) {
        report(`schedule '${schedule}' cannot be read to check how often it starts the job (${rule}): ${interval.problem}`, where);
        return;
    }
    const floor = durationMinutes(least);
    if (interval.minutes !== undefined && interval.minutes < floor) {
        report(`schedule '${schedule}' can start the job ${describeMinutes(interval.minutes)} after its last start; the policy allows at most one start every ${describeMinutes(floor)} (${rule}: ${least})`, where);
    }
}
function checkTags(tags, job, at, tagsKey, report) {
    for (const [key, rule] of Object.entries(job.rules.tags ?? {})) {
        const value = Object.hasOwn(tags, key) ? tags[key] : undefined;
        if (value === undefined) {
            if (rule.required) {
                report(`Missing tag '${key}', which the policy requires (${job.ruleName(`tags.${key}.required`)})`, tagsKey());
            }
            continue;
        }
        if (typeof value !== 'string')
            continue;
        const where = at(['infrastructure', 'tags', key]);
        if (rule.allowed && !rule.allowed.includes(value)) {
            report(`Tag ${key} '${value}' is not allowed by the policy (${job.ruleName(`tags.${key}.allowed`)}: ${list(rule.allowed)})`, where);
        }
        if (typeof rule.pattern === 'string' && !job.pattern(rule.pattern).test(value)) {
            report(`Tag ${key} '${value}' does not match the policy's pattern ${rule.pattern} (${job.ruleName(`tags.${key}.pattern`)})`, where);
        }
    }
}
/** A runtime's CPU setting in vCPU: Fargate CPU units, Container Apps cores, Cloud Run CPUs. */
function vcpuOf(type, cpu) {
    const text = typeof cpu === 'number' ? String(cpu) : typeof cpu === 'string' ? cpu.trim() : '';
    if (type === 'aws_fargate') {
        const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
        if (vcpu)
            return Number(vcpu[1]);
        return /^\d+$/.test(text) ? Number(text) / 1024 : undefined;
    }
    const millis = /^(\d+)m$/.exec(text);
    if (millis)
        return Number(millis[1]) / 1000;
    return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}
/** A runtime's memory setting in GiB: Fargate MiB, or Kubernetes-style quantities. */
function gibOf(type, memory) {
    const text = typeof memory === 'number' ? String(memory) : typeof memory === 'string' ? memory.trim() : '';
    if (type === 'aws_fargate') {
        const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
        if (gb)
            return Number(gb[1]);
        return /^\d+$/.test(text) ? Number(text) / 1024 : undefined;
    }
    const size = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)$/.exec(text);
    if (!size)
        return undefined;
    const amount = Number(size[1]);
    const bytes = { Mi: 2 ** 20, Gi: 2 ** 30, M: 1e6, G: 1e9 }[size[2]];
    return (amount * bytes) / 2 ** 30;
}
function round(value) {
    return String(Math.round(value * 100) / 100);
}
function written(value) {
    return typeof value === 'string' ? `'${value}'` : String(value);
}


/***/ }),

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ policyFor),
/* harmony export */   X9: () => (/* binding */ anchored),
/* harmony export */   bT: () => (/* binding */ permissionsBoundary)
/* harmony export */ });
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2122);

function policyFor(policy, environment) {
    const own = Object.hasOwn(policy.environments, environment)
        ? policy.environments[environment]
        : undefined;
    return {
        policy,
        environment,
        rules: own ? merge(policy.rules, own) : policy.rules,
        ruleName(path) {
            return own !== undefined && definedAt(own, path.split('.'))
                ? `environments.${environment}.${path}`
                : path;
        },
        pattern(source) {
            return policy.patterns.get(source) ?? anchored(source);
        },
    };
}
/** A tag pattern as the policy means it: the whole value must match. */
function anchored(source) {
    return new RegExp(`^(?:${source})$`, 'u');
}
/** Mappings merge key by key; a list or a value replaces the one below it. */
function merge(below, above) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(below) || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(above))
        return above === undefined ? below : above;
    const merged = { ...below };
    for (const [key, value] of Object.entries(above)) {
        Object.defineProperty(merged, key, {
            value: merge(Object.hasOwn(below, key) ? below[key] : undefined, value),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return merged;
}
function definedAt(rules, segments) {
    let current = rules;
    for (const segment of segments) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(current) || !Object.hasOwn(current, segment))
            return false;
        current = current[segment];
    }
    return current !== undefined;
}
/** The permissions boundary the policy requires for an AWS job's roles, if any. */
function permissionsBoundary(job, policy) {
    if (!policy || job.provider !== 'aws')
        return undefined;
    return policyFor(policy, job.environment).rules.iam?.aws?.permissions_boundary;
}


/***/ }),

/***/ 8244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ BranchMoved),
/* harmony export */   FU: () => (/* binding */ contentFor),
/* harmony export */   PI: () => (/* binding */ CommitBackError),
/* harmony export */   Wm: () => (/* binding */ BOT_NAME),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   jP: () => (/* binding */ planFiles),
/* harmony export */   mk: () => (/* binding */ whileBranchMoves),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   tW: () => (/* binding */ BOT_EMAIL),
/* harmony export */   wJ: () => (/* binding */ blobSha)
/* harmony export */ });
/* unused harmony export COMMIT_ATTEMPTS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4964);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4266);
// What commit-back commits, whichever way it commits: the resolved files as read from the
// workspace, and what to commit instead when the branch changed one of them after this run read it.





/** Commit-back should have committed but could not; the message says why and what to do. */
class CommitBackError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommitBackError';
    }
}
/** The branch moved between reading its tip and updating it: worth another attempt. */
class BranchMoved extends Error {
    constructor(message) {
        super(message);
        this.name = 'BranchMoved';
    }
}
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** How often commit-back reads the tip again after the branch moved, the first try included. */
const COMMIT_ATTEMPTS = 5;
/**
 * Makes the commit again, on the new tip, while the branch keeps moving under it: at most
 * COMMIT_ATTEMPTS times, then a CommitBackError. `words` say what an attempt does (`building`,
 * `making`) and what the run did to the branch (`pushed to`, `committed to`).
 */
async function whileBranchMoves(attempt, branch, words, reporter, retry) {
    try {
        return await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(attempt, {
            attempts: COMMIT_ATTEMPTS,
            baseDelayMs: 1000,
            maxDelayMs: 10_000,
            retryable: (error) => error instanceof BranchMoved,
            onRetry: (error, attempt, delay) => reporter.info(`${error.message}; ${words.verb} the commit again on the new tip in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${COMMIT_ATTEMPTS})`),
            ...retry,
        });
    }
    catch (error) {
        if (!(error instanceof BranchMoved))
            throw error;
        throw new CommitBackError(`Commit-back: ${branch} kept moving while this run ${words.did} it (${COMMIT_ATTEMPTS} attempts); nothing was committed. Run the workflow again.`);
    }
}
/**
 * Reads the files and what HEAD had at their paths. A file is committed where it really is: a
 * config reached through a tracked link is committed at the link's target, so the link stays a
 * link. A file that cannot be committed is left out, with why.
 */
async function planFiles(workspace, files, git) {
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((await git.run(['rev-parse', '--show-toplevel'])).stdout.trim());
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    const planned = [];
    const left = [];
    for (const file of [...new Set(files)]) {
        const named = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, file);
        let absolute;
        let worktree;
        try {
            absolute = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(named);
            worktree = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute);
        }
        catch (error) {
            left.push({ file, message: `Commit-back: cannot read ${file}: ${error.message}` });
            continue;
        }
        const inWorkspace = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .within */ .ux)(root, absolute);
        const inRepository = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .within */ .ux)(top, absolute);
        if (inWorkspace === undefined || inWorkspace === '' || !inRepository) {
            const where = absolute === named ? '' : ` (it leads to ${absolute})`;
            left.push({
                file,
                message: `Commit-back: ${file} is not a file of the repository at ${top}${where}; it is not committed`,
            });
            continue;
        }
        planned.push({ file, path: inRepository, worktree });
    }
    const source = await listTree(git, 'HEAD', planned.map((p) => p.path));
    for (const file of planned)
        file.source = source.get(file.path);
    return { files: planned, left };
}
/** `git ls-tree` of the given paths (relative to the top folder) in a commit. */
async function listTree(git, commit, paths) {
    const entries = new Map();
    if (paths.length === 0)
        return entries;
    // Paths are names, not patterns: a config called `jobs/[a].yaml` is that file only.
    const literal = git.with({ env: { GIT_LITERAL_PATHSPECS: '1' } });
    const { stdout } = await literal.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
    for (const record of stdout.split('\0')) {
        const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(record);
        if (match)
            entries.set(match[3], { mode: match[1], sha: match[2] });
    }
    return entries;
}
/**
 * What to commit for a file on a tip: the workspace's version while the branch still has the
 * version this run resolved; otherwise the branch's version, resolved again with the same outputs.
 */
async function contentFor(file, upstream, plan, reporter) {
    if (upstream?.sha === file.source?.sha)
        return { kind: 'worktree', bytes: file.worktree };
    if (!upstream) {
        // The deletion wins: committing the file would bring back a job someone removed.
        reporter.warning(`Commit-back: ${file.file} was deleted on ${plan.branch} after this run read it; it is not committed`);
        return { kind: 'deleted' };
    }
    const bytes = plan.reresolve(file.file, await upstream.read());
    if (!bytes) {
        return {
            kind: 'left',
            message: `Commit-back: ${file.file} changed on ${plan.branch} after this run read it, and the new version cannot be resolved with this run's Terraform outputs; it is not committed. Run the workflow again on the new commit.`,
        };
    }
    reporter.info(`${file.file} changed on ${plan.branch}; resolved its new version again`);
    return { kind: 'reresolved', bytes };
}
/** The blob id git gives these bytes (SHA-1 object format, as GitHub uses). */
function blobSha(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
/**
 * The first line as given, then which configs and which run, for the history. What users control
 * (the first line, file names) stays on its own line: a line break in a name would otherwise start
 * a line of the message, e.g. a `Signed-off-by:` trailer.
 */
function commitMessage(firstLine, files, runUrl) {
    const shown = files.slice(0, 50).map((file) => `- ${oneLine(file)}`);
    if (files.length > shown.length)
        shown.push(`- … and ${files.length - shown.length} more`);
    const lines = [oneLine(firstLine), '', 'Terraform outputs written into:', ...shown];
    if (runUrl)
        lines.push('', `Run: ${oneLine(runUrl)}`);
    return lines.join('\n') + '\n';
}
const CONTROL_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Control characters and Unicode line breaks written as escapes (`\n`, `\x1b`, `\u2028`). */
function oneLine(text) {
    return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => CONTROL_ESCAPES[c] ??
        (c.charCodeAt(0) < 0x100
            ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
            : `\\u${c.charCodeAt(0).toString(16)}`));
}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O8: () => (/* binding */ detailSections)
});

// UNUSED EXPORTS: groupSection, shapeGroups

// EXTERNAL MODULE: ./src/terraform/changes.ts
var terraform_changes = __nccwpck_require__(489);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/group/shape.ts
// Changes grouped by shape: when one change (a module upgrade, a provider constraint) touches the
// plans of many jobs, their plans differ only in job-specific values. A plan's shape is what it
// does without those values: which resources, which actions, which attributes. Jobs whose plans
// have the same shape form one group, shown once with the list of its jobs.


/** The stand-in for a job's own name in addresses and attribute names. */
const JOB_NAME = '{job_name}';
/**
 * The shape of a plan, or undefined when it changes nothing. The job's name is abstracted where
 * it appears in resource instance keys and attribute names (`aws_x.this["orders-etl"]`).
 */
function changeShape(changes, jobName) {
    // Only in instance keys and attribute names, never in resource types, and only where no
    // letter or digit continues it: `orders` in `orders-reader`, not in `orders2`.
    const name = jobName
        ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(jobName)}(?![A-Za-z0-9])`, 'g')
        : undefined;
    const abstract = (text) => (name ? text.replace(name, JOB_NAME) : text);
    const address = (text) => text.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key) => `["${abstract(key)}"]`);
    const items = changes.resources.map((change) => ({
        address: address(change.address),
        action: change.actions.join(','),
        // List positions are kept: one module puts one element at one place in every job.
        attributes: [
            ...new Set(change.paths.map((path) => (0,terraform_changes/* formatPath */.jV)(path.map((step) => (typeof step === 'string' ? abstract(step) : step))))),
        ].concat(change.morePaths ? ['…'] : []),
    }));
    for (const output of changes.outputs) {
        items.push({
            address: `output.${output.name}`,
            action: output.actions.join(','),
            attributes: [],
        });
    }
    if (items.length === 0)
        return undefined;
    return items.sort((a, b) => (0,util_text/* byCodeUnits */.CA)(a.address, b.address) || (0,util_text/* byCodeUnits */.CA)(a.action, b.action));
}
/**
 * Groups items by the shape of their plans, in the order each shape first appears; items without
 * a shape (no changes, no plan) are left out. Larger groups come first.
 */
function groupByShape(items, shapeOf) {
    const groups = new Map();
    for (const item of items) {
        const shape = shapeOf(item);
        if (!shape)
            continue;
        const key = JSON.stringify(shape);
        const group = groups.get(key);
        if (group)
            group.members.push(item);
        else
            groups.set(key, { shape, members: [item] });
    }
    // A stable sort: groups of one size keep the order they first appeared in.
    return [...groups.values()].sort((a, b) => b.members.length - a.members.length);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/run.ts
var run = __nccwpck_require__(9786);
// EXTERNAL MODULE: ./src/publish/layout.ts
var layout = __nccwpck_require__(8925);
// EXTERNAL MODULE: ./src/publish/markdown.ts
var markdown = __nccwpck_require__(1886);
;// CONCATENATED MODULE: ./src/publish/groups.ts
// Jobs changed alike, shown once: the comment and the summary give a group of jobs whose plans
// have the same shape (src/group/shape.ts) one section, with the change, the list of its jobs and
// one job's plan standing for all, in place of a section per job.





/** Fewest jobs a group needs: one job is shown as itself. */
const MIN_MEMBERS = 2;
const MAX_VALUE = 200;
/**
 * The groups of two or more jobs among `runs` whose plans change things in the same way. A job
 * with something of its own to say (an error, a warning, a removal) keeps its own section.
 */
function shapeGroups(runs) {
    const eligible = runs.filter((run) => run.changes &&
        run.plan &&
        !run.removal &&
        !run.terraformFailed &&
        !run.notReviewed &&
        !run.findings.some((finding) => finding.severity !== 'notice'));
    return groupByShape(eligible, (run) => changeShape(run.changes, run.jobName ?? '')).filter((group) => group.members.length >= MIN_MEMBERS);
}
/** A group's section: what changes, in which jobs, and one plan. */
function groupSection(group, clean, maxRows) {
    const first = group.members[0];
    const name = (run) => (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), MAX_VALUE));
    const plan = first.plan ? ` · plan ${(0,run/* formatPlan */.nT)(first.plan)} each` : '';
    const blocks = [
        `### 🔁 ${(0,util_text/* plural */.LS)(group.members.length, 'job')} changed alike${plan}`,
        `Their plans make the same changes to the same resources; only values of each job's own differ. The plan of ${name(first)} stands for all of them.`,
        '**Changes**\n\n' +
            (0,markdown/* table */.tp)(['Resource', 'Action', 'Attributes'], group.shape.map((item) => [
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(item.address), MAX_VALUE)),
                (0,markdown/* escapeText */.X1)(item.action),
                item.attributes.length > 0
                    ? item.attributes
                        .slice(0, 20)
                        .map((path) => (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(path), MAX_VALUE)))
                        .join(', ') + (item.attributes.length > 20 ? ', …' : '')
                    : '—',
            ])),
    ];
    const rows = group.members
        .slice(0, maxRows)
        .map((run) => [
        (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), MAX_VALUE)),
        name(run),
        run.provider ? (0,markdown/* code */.aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)) : '—',
    ]);
    const more = group.members.length - rows.length;
    blocks.push(`**Jobs**\n\n${(0,markdown/* table */.tp)(['Config', 'Job', 'Provider / runtime'], rows)}${more > 0 ? `\n\n… and ${more} more` : ''}`);
    return {
        blocks,
        // The summary goes into HTML as it is: the job's name as inline HTML code, not Markdown.
        plan: first.planText
            ? {
                summary: `Terraform plan of ${(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(first.jobName ?? first.file), MAX_VALUE))}`,
                text: first.planText,
            }
            : undefined,
    };
}
/**
 * The jobs' sections, in the overview's order: jobs changed alike share one, in the place of the
 * first of them, and the overview's rows of the others link to it.
 */
function detailSections(entries, mode, links, clean, maxRows) {
    const shown = entries.filter((entry) => entry.anchor);
    const groups = shapeGroups(shown.map((entry) => entry.run));
    const groupOf = new Map(groups.flatMap((group) => group.members.map((run) => [run, group])));
    const entryOf = new Map(shown.map((entry) => [entry.run, entry]));
    const sections = [];
    for (const entry of shown) {
        const group = groupOf.get(entry.run);
        if (!group) {
            sections.push((0,layout/* jobDetails */.an)(entry, mode, links, clean));
        }
        else if (group.members[0] === entry.run) {
            const section = groupSection(group, clean, maxRows);
            const [heading, ...rest] = section.blocks;
            const parts = [heading.replace(/^### /, `### <a id="${entry.anchor}"></a>`), ...rest];
            if (section.plan) {
                parts.push({
                    summary: section.plan.summary,
                    text: clean(section.plan.text),
                    language: 'text',
                });
            }
            sections.push(parts);
        }
    }
    for (const group of groups) {
        const anchor = entryOf.get(group.members[0]).anchor;
        for (const run of group.members.slice(1))
            entryOf.get(run).anchor = anchor;
    }
    return sections;
}


/***/ }),

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ jobEntries),
/* harmony export */   K3: () => (/* binding */ isFold),
/* harmony export */   M0: () => (/* binding */ overview),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Rs: () => (/* binding */ renderParts),
/* harmony export */   an: () => (/* binding */ jobDetails),
/* harmony export */   qF: () => (/* binding */ Links)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9556);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1001);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9786);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9997);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1886);
/* harmony import */ var _removed_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2703);
// One layout for the pull request comment and the job summary, built for a reviewer: a first line
// with the counts; an overview table, one row per job, errors and destroys first, each linking
// to its section; then per job only what changes (its findings, the resources it destroys, its
// tags as a diff against the base, the values resolution will write, the plan folded). The
// comment and the summary differ only in how much room they give the long texts.






/** Per section: this many findings, tags, values and destroyed resources, then `… and N more`. */
const MAX_FINDINGS = 30;
const MAX_ROWS = 60;
const MAX_VALUE = 300;
/** Characters of a job's name in the overview; a shorter one when the overview must shrink. */
const MAX_NAME = 80;
const MAX_NAME_COMPACT = 40;
const STATUS_ORDER = [
    'failed',
    'destroys',
    'not-applied',
    'left-running',
    'changes',
    'unchanged',
    'valid',
    'skipped',
];
/** Where things are on GitHub, when the run knows its repository. */
class Links {
    run;
    commit;
    blob;
    constructor(context) {
        const base = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryUrl */ .Ek)(context);
        if (!base)
            return;
        this.run = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(context);
        this.commit = (sha) => `${base}/commit/${encodeURIComponent(sha)}`;
        const sha = context.sha ?? (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(context)?.headSha;
        if (sha)
            this.blob = `${base}/blob/${encodeURIComponent(sha)}`;
    }
    line(file, line) {
        if (!this.blob)
            return undefined;
        const path = file
            .split('/')
            .map((segment) => encodeURIComponent(segment).replace(/[()]/g, percent))
            .join('/');
        return `${this.blob}/${path}#L${line}`;
    }
}
function percent(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
/** Every job of the report, in the overview's order, each with its status and anchor. */
function jobEntries(report) {
    const runs = [
        ...report.configs,
        ...(report.removed ?? []).map((removed) => (0,_removed_js__WEBPACK_IMPORTED_MODULE_2__/* .removedAsRun */ .M)(removed, report.mode)),
    ];
    const entries = runs.map((run) => {
        return { run, status: statusOf(run, report.mode), tagChanges: tagDiff(run) };
    });
    const rank = (entry) => STATUS_ORDER.indexOf(entry.status);
    const sorted = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
        .map(({ entry }) => entry);
    sorted.forEach((entry, index) => {
        if (hasDetails(entry, report.mode))
            entry.anchor = anchorFor(index + 1);
    });
    return sorted;
}
function statusOf(run, mode) {
    if (run.skipped)
        return 'skipped';
    if (!run.valid || run.terraformFailed || (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(run, 'error') > 0)
        return 'failed';
    if (run.removal && !run.plan?.destroy && mode === 'apply' && /left running/.test(run.removal)) {
        return 'left-running';
    }
    if ((run.plan?.destroy ?? 0) > 0)
        return 'destroys';
    if (run.notReviewed)
        return 'not-applied';
    if (run.plan && run.plan.add + run.plan.change > 0)
        return 'changes';
    if (run.plan)
        return (run.changedValues?.length ?? 0) > 0 ? 'changes' : 'unchanged';
    return 'valid';
}
const STATUS_TEXT = {
    failed: '❌ failed',
    destroys: '🔥 **destroys**',
    'not-applied': '⛔ not applied',
    'left-running': '🗑️ left running',
    changes: '✏️ changes',
    unchanged: '✅ no changes',
    valid: '✅ valid',
    skipped: '⏭️ skipped',
};
/** How the first line counts each status: its icon, then its word after the count. */
const STATUS_COUNT = {
    failed: ['❌', 'failed'],
    destroys: ['🔥', 'destroying'],
    'not-applied': ['⛔', 'not applied'],
    'left-running': ['🗑️', 'left running'],
    changes: ['✏️', 'with changes'],
    unchanged: ['✅', 'unchanged'],
    valid: ['✅', 'valid'],
    skipped: ['⏭️', 'skipped'],
};
/** The tags that differ between the base and this change, in the order of this change's tags. */
function tagDiff(run) {
    if (run.cloudTagsAtBase === undefined || !run.cloudTags || run.removal)
        return undefined;
    const before = run.cloudTagsAtBase ?? {};
    const after = run.cloudTags;
    const changes = [];
    for (const [key, value] of Object.entries(after)) {
        if (before[key] !== value)
            changes.push({ key, before: before[key], after: value });
    }
    for (const [key, value] of Object.entries(before)) {
        if (!Object.hasOwn(after, key))
            changes.push({ key, before: value });
    }
    return changes;
}
/** Whether a job has anything to show under it: a reviewer reads only what changes. */
function hasDetails(entry, mode) {
    const run = entry.run;
    if (run.findings.some((f) => f.severity !== 'notice'))
        return true;
    if (run.removal || run.terraformFailed || run.notReviewed)
        return true;
    if ((entry.tagChanges?.length ?? 0) > 0)
        return true;
    if (entry.tagChanges === undefined && run.cloudTags && run.plan)
        return true;
    if (mode !== 'validate' && (run.changedValues?.length ?? 0) > 0)
        return true;
    return Boolean(run.plan && run.plan.add + run.plan.change + run.plan.destroy > 0);
}
/** A section id: short, since the overview repeats it on every row, and unique in the report. */
function anchorFor(position) {
    return `dativo-${position}`;
}
/** The report's first lines: the counts, the plan's totals, and loudly, what is destroyed. */
function headline(report, entries, links, where, clean) {
    const lines = [];
    const counts = STATUS_ORDER.map((status) => {
        const count = entries.filter((entry) => entry.status === status).length;
        return count > 0 ? `${STATUS_COUNT[status][0]} ${count} ${STATUS_COUNT[status][1]}` : '';
    }).filter(Boolean);
    const jobs = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(entries.length, 'job');
    lines.push(`## dativo-infra · ${report.mode} · ${jobs}${counts.length > 0 ? `: ${counts.join(' · ')}` : ''}`);
    const { errors, warnings, plan } = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .tally */ .N4)(report);
    const facts = [];
    const planned = entries.some((entry) => entry.run.plan);
    if (planned) {
        const destroyed = entries.reduce((sum, entry) => sum + (entry.run.plan?.destroy ?? 0), 0);
        facts.push(`Plan **${(0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlan */ .nT)({ ...plan, destroy: destroyed })}**`);
    }
    facts.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors, 'error')}, ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(warnings, 'warning')}`);
    if (report.commitSha) {
        const short = report.commitSha.slice(0, 7);
        facts.push(`resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(short)}`);
    }
    if (where)
        facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(clean(where)));
    lines.push('', facts.join(' · '));
    const destroying = entries.filter((entry) => (entry.run.plan?.destroy ?? 0) > 0);
    if (destroying.length > 0) {
        const resources = destroying.reduce((sum, entry) => sum + entry.run.plan.destroy, 0);
        const names = destroying
            .slice(0, 10)
            .map((entry) => jobLink(entry, MAX_NAME_COMPACT, clean))
            .join(', ');
        const more = destroying.length > 10 ? `, and ${destroying.length - 10} more` : '';
        const verb = report.mode === 'apply' ? 'destroyed' : 'destroyed if this is applied';
        lines.push('', `🔥 **${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(resources, 'resource')} ${verb}**, in ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(destroying.length, 'job')}: ${names}${more}.`);
    }
    if (report.failures.length > 0) {
        lines.push('', ...report.failures.map((failure) => `- ❌ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(failure), 500))}`));
    }
    // Findings at files that are none of the run's configs (a second config with a job's name).
    const elsewhere = (report.elsewhere ?? []).filter((finding) => finding.severity !== 'notice');
    if (elsewhere.length > 0) {
        lines.push('', ...elsewhere
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean, true)}`));
        if (elsewhere.length > MAX_FINDINGS) {
            lines.push(`- … and ${elsewhere.length - MAX_FINDINGS} more (see the log)`);
        }
    }
    return lines;
}
/** The overview: one row per job. `compact` shortens the names to keep every row. */
function overview(entries, mode, clean, compact = false) {
    if (entries.length === 0)
        return '';
    const planned = mode !== 'validate';
    const header = ['Status', 'Job', ...(planned ? ['Plan'] : []), 'What changes'];
    const rows = entries.map((entry) => {
        const run = entry.run;
        const cells = [
            STATUS_TEXT[entry.status],
            // Compact: no link either, the sections being left out then.
            compact
                ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(run.jobName ?? run.file), MAX_NAME_COMPACT))
                : jobLink(entry, MAX_NAME, clean),
        ];
        if (planned)
            cells.push(run.plan ? planCell(run) : '—');
        cells.push(changesCell(entry, mode, clean, compact));
        return cells;
    });
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(header, rows);
}
function jobLink(entry, max, clean) {
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(entry.run.jobName ?? entry.run.file), max));
    return entry.anchor ? `[${name}](#${entry.anchor})` : name;
}
function planCell(run) {
    const plan = run.plan;
    return plan.destroy > 0 ? `+${plan.add} ~${plan.change} **-${plan.destroy}**` : (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlan */ .nT)(plan);
}
function changesCell(entry, mode, clean, compact) {
    const run = entry.run;
    const parts = [];
    const errors = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(run, 'error');
    const warnings = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(run, 'warning');
    if (errors > 0)
        parts.push((0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors, 'error'));
    if (run.removal)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(run.removal.split(';')[0]), compact ? 30 : 80)));
    if (run.cloudTagsAtBase === null && !run.removal)
        parts.push('new job');
    const tags = entry.tagChanges?.length ?? 0;
    if (tags > 0 && run.cloudTagsAtBase !== null)
        parts.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(tags, 'tag')} changed`);
    const values = run.changedValues?.length ?? 0;
    if (values > 0)
        parts.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(values, 'value')} ${mode === 'apply' && run.resolved ? 'written' : 'to write'}`);
    if (warnings > 0)
        parts.push((0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(warnings, 'warning'));
    return parts.length > 0 ? parts.join(', ') : '—';
}
/**
 * The section of one job: what a reviewer must see of it. `alsoFor` names other jobs whose change
 * is the same as this one's, for a section that stands for a group of jobs.
 */
function jobDetails(entry, mode, links, clean, alsoFor = []) {
    const run = entry.run;
    const parts = [];
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(run.jobName ?? run.file), MAX_VALUE));
    const anchor = entry.anchor ? `<a id="${entry.anchor}"></a>` : '';
    const icon = STATUS_TEXT[entry.status].split(' ')[0];
    const more = alsoFor.length > 0 ? ` and ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(alsoFor.length, 'more job')}` : '';
    parts.push(`### ${anchor}${icon} ${name}${more}`);
    const facts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(run.file), MAX_VALUE))];
    if (run.provider)
        facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)));
    if (run.removal)
        facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(clean(run.removal)));
    else
        facts.push(validation(run));
    if (run.cloudTagsAtBase === null && !run.removal)
        facts.push('new job');
    if (run.terraformFailed)
        facts.push('Terraform failed: nothing written');
    if (run.notReviewed)
        facts.push('not applied: the plan is not the reviewed one');
    if (run.plan)
        facts.push(`plan ${(0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlan */ .nT)(run.plan)}`);
    if (run.resolved)
        facts.push('resolved');
    parts.push(facts.join(' · '));
    if (alsoFor.length > 0) {
        const names = alsoFor.slice(0, MAX_ROWS).map((job) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(clean(job)));
        const rest = alsoFor.length > MAX_ROWS ? `, … and ${alsoFor.length - MAX_ROWS} more` : '';
        parts.push(`The same change for: ${names.join(', ')}${rest}.`);
    }
    const problems = run.findings.filter((f) => f.severity !== 'notice');
    if (problems.length > 0) {
        const items = problems
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean)}`);
        if (problems.length > MAX_FINDINGS) {
            items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the log)`);
        }
        parts.push(items.join('\n'));
    }
    // Destroys first: what goes cannot come back.
    if (run.plan && run.plan.destroy > 0) {
        const addresses = run.destroys ?? [];
        const listed = addresses.slice(0, MAX_ROWS).map((address) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(clean(address))}`);
        if (addresses.length > MAX_ROWS)
            listed.push(`- … and ${addresses.length - MAX_ROWS} more`);
        const verb = mode === 'apply' && !run.terraformFailed ? 'Destroyed' : 'Destroys';
        parts.push(`🔥 **${verb} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(run.plan.destroy, 'resource')}**${listed.length > 0 ? ':' : ''}` +
            (listed.length > 0 ? `\n\n${listed.join('\n')}` : ''));
    }
    const tags = Object.entries(run.cloudTags ?? {});
    if (entry.tagChanges && entry.tagChanges.length > 0 && run.cloudTagsAtBase !== null) {
        const lines = entry.tagChanges
            .slice(0, MAX_ROWS)
            .map((change) => `- ${tagChangeLine(change, clean)}`);
        if (entry.tagChanges.length > MAX_ROWS)
            lines.push(`- … and ${entry.tagChanges.length - MAX_ROWS} more`);
        parts.push(`**Tags changed** (against the base)\n\n${lines.join('\n')}`);
    }
    if (tags.length > 0) {
        const changed = new Set(run.cloudTagsAtBase === null ? [] : (entry.tagChanges ?? []).map((c) => c.key));
        const rest = tags.filter(([key]) => !changed.has(key));
        const label = run.removal !== undefined
            ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(rest.length, 'tag')} of the resources it ${mode === 'apply' ? 'had' : 'has'}`
            : run.cloudTagsAtBase === null
                ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(rest.length, 'tag')} (new job)`
                : entry.tagChanges === undefined
                    ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(rest.length, 'tag')
                    : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(rest.length, 'tag')} unchanged`;
        if (rest.length > 0) {
            parts.push(`<details><summary>${label}</summary>\n\n` +
                rows(['Tag', 'Value'], rest.map(([key, value]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(clean(key)), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(value), MAX_VALUE))])) +
                '\n\n</details>');
        }
    }
    const changedValues = new Set(run.changedValues ?? []);
    const values = Object.entries(run.resolvedValues ?? {}).filter(([name]) => changedValues.has(name));
    if (values.length > 0) {
        const title = mode !== 'apply'
            ? 'Values apply will write'
            : run.resolved
                ? 'Values written'
                : 'Values not written into the config';
        parts.push(`**${title}**\n\n` +
            rows(['Placeholder', 'Value'], values.map(([name, value]) => [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(clean(name)),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(display(value)), MAX_VALUE)),
            ])));
    }
    if (run.planText) {
        parts.push({
            summary: `Terraform plan${run.plan ? ` (${(0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlan */ .nT)(run.plan)})` : ''}`,
            text: clean(run.planText),
            language: 'text',
        });
    }
    // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
    if (mode === 'plan' && run.resolutionDiff && changedValues.size > 0) {
        parts.push({
            summary: 'Preview: what resolution will change in the config',
            text: clean(run.resolutionDiff),
            language: 'diff',
        });
    }
    return parts;
}
function tagChangeLine(change, clean) {
    const value = (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(text), MAX_VALUE));
    const key = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(clean(change.key));
    if (change.before === undefined)
        return `${key}: added, ${value(change.after)}`;
    if (change.after === undefined)
        return `${key}: removed (was ${value(change.before)})`;
    return `${key}: ${value(change.before)} → ${value(change.after)}`;
}
/** The parts as Markdown, each long text folded and cut to at most `cap` characters (0: left out). */
function renderParts(parts, cap, links) {
    return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n');
}
function isFold(part) {
    return typeof part !== 'string';
}
function renderFold(fold, cap, links) {
    const where = links.run ? `[the run's log](${links.run})` : "the run's log";
    if (cap <= 0)
        return `_${fold.summary}: left out to fit; see ${where}._`;
    const text = cap >= fold.text.length ? fold.text : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .cut */ .Jj)(fold.text, cap);
    const note = text.length < fold.text.length
        ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
        : '';
    return `<details><summary>${fold.summary}</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeBlock */ .DV)(text, fold.language)}${note}\n\n</details>`;
}
/**
 * A finding as one item: its place, linked to the line, then the message and rule. In a job's
 * section the place is the line and column; `named` puts the file first, for a finding at a file
 * that is none of the run's jobs.
 */
function findingLine(finding, links, clean, named = false) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️';
    const range = finding.range;
    const url = range ? links.line(finding.file, range.line) : undefined;
    const link = (label) => (url ? `[${label}](${url})` : label);
    let place = '';
    if (named) {
        const where = range ? `${finding.file}:${range.line}:${range.column}` : finding.file;
        place = `${link((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean(where), MAX_VALUE)))} `;
    }
    else if (range) {
        place = `${link(`line ${range.line}, column ${range.column}`)}: `;
    }
    const message = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .listMessage */ .cH)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(clean((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .withHint */ .mu)(finding)), 2000), _markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1);
    return `${icon} ${place}${message.first} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(finding.rule)}${message.block}`;
}
function rows(header, cells) {
    const shown = cells.slice(0, MAX_ROWS);
    const more = cells.length - shown.length;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '');
}
function validation(run) {
    if (run.skipped)
        return 'skipped: no infrastructure section';
    const errors = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(run, 'error');
    const warnings = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(run, 'warning');
    if (errors > 0 || !run.valid)
        return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors, 'error');
    return warnings > 0 ? `valid, ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(warnings, 'warning')}` : 'valid';
}
function display(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function lineCount(text) {
    return text.replace(/\n$/, '').split('\n').length;
}


/***/ }),

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cH: () => (/* binding */ listMessage),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9997);
// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page, and never as a mention,
// an issue reference or a link that GitHub would make live and notify someone about.

/** A zero-width space between `@` and a name: the mention reads the same and notifies nobody. */
const BREAK = '&#8203;';
/** Every line ending Markdown knows, and the Unicode ones: user text stays on its line. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * What GitHub turns into live references in text: `@user`, `@org/team`, `#123` and `GH-123`
 * issue references, and bare web addresses (an e-mail address is one through its `@`).
 */
function neutralise(text) {
    return text
        .replace(/(?<!&)#(?=\p{N})/gu, `#${BREAK}`)
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
        .replace(/\b(GH)-(?=\p{N})/giu, `$1-${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\b(www)\./gi, `$1${BREAK}.`);
}
function escapeText(text) {
    return neutralise(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(LINE_BREAKS, ' '));
}
/** Inline code that cannot be broken out of: backticks inside are replaced. */
function code(text) {
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(LINE_BREAKS, ' ');
    return `<code>${neutralise(escaped)}</code>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced block showing text exactly: the fence is longer than any run of backticks inside. */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    return `${fence}${language}\n${body}\n${fence}`;
}
/**
 * A message for a Markdown list item: its first line as text, and any further lines (a Terraform
 * error, as Terraform wrapped it) as a text block to follow the item's line, indented under it.
 */
function listMessage(message, escape) {
    const [first = '', ...more] = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(message);
    const rest = more.join('\n').replace(/^\n+/, '');
    if (rest.trim() === '')
        return { first: escape(first), block: '' };
    const block = codeBlock(rest, 'text')
        .split('\n')
        .map((line) => (line ? `  ${line}` : ''))
        .join('\n');
    return { first: escape(first), block: `\n\n${block}` };
}
/** At most `max` characters, ending at a line break when one is near, never inside a pair. */
function cut(text, max) {
    let end = max;
    const lastBreak = text.lastIndexOf('\n', max);
    if (lastBreak > max / 2)
        end = lastBreak;
    else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return text.slice(0, end);
}
/** At most `max` characters, with `…` when shortened. */
function shorten(text, max) {
    return text.length <= max ? text : `${cut(text, max - 1)}…`;
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ OutputsFileError),
/* harmony export */   Yv: () => (/* binding */ parseOutputsFile),
/* harmony export */   _6: () => (/* binding */ writeOutputsFile)
/* harmony export */ });
/* unused harmony exports OUTPUTS_FILE_VERSION, outputsFileContent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2122);
// The `outputs-file` output: what a run's Terraform jobs produced, as one JSON file a matrix leg
// uploads and `mode: resolve` reads back on another runner. It carries no sensitive value: only
// the names of sensitive outputs, so the resolve step can say why it cannot use them.




const OUTPUTS_FILE_VERSION = 1;
/** What the file holds for a run: each config that ran Terraform. */
function outputsFileContent(report, context) {
    const jobs = [];
    for (const run of report.configs) {
        if (!run.jobName || !run.sourceSha || (!run.plan && !run.terraformFailed && !run.notReviewed))
            continue;
        const sensitive = run.sensitiveOutputs ?? [];
        jobs.push({
            config: run.file,
            job_name: run.jobName,
            config_sha: run.sourceSha,
            outputs: run.outputs && !run.terraformFailed
                ? Object.fromEntries(Object.entries(run.outputs).filter(([name]) => !sensitive.includes(name)))
                : null,
            sensitive,
            plan: run.plan,
            fingerprint: run.fingerprint?.fingerprint ?? null,
        });
    }
    return { version: OUTPUTS_FILE_VERSION, commit: context.sha ?? null, mode: report.mode, jobs };
}
/**
 * Writes the file into `folder` under a name of its own (a hash of its configs and the run), so
 * the files of many legs can be downloaded into one folder; returns its path.
 */
async function writeOutputsFile(report, context, folder) {
    const content = outputsFileContent(report, context);
    const name = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([context.runId ?? '', report.configs.map((run) => run.file)]))
        .digest('hex')
        .slice(0, 16);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, `dativo-outputs-${name}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, JSON.stringify(content, null, 2) + '\n');
    return file;
}
class OutputsFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutputsFileError';
    }
}
/** Reads a file written by writeOutputsFile; anything else is an OutputsFileError naming it. */
function parseOutputsFile(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new OutputsFileError(`${source} is not JSON: ${error.message}`);
    }
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(data) || data.version !== OUTPUTS_FILE_VERSION || !Array.isArray(data.jobs)) {
        throw new OutputsFileError(`${source} is not an outputs file of this action (expected {"version": ${OUTPUTS_FILE_VERSION}, "jobs": […]}, as the outputs-file output writes it)`);
    }
    const jobs = data.jobs.map((job, index) => {
        const where = `${source}: jobs[${index}]`;
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(job))
            throw new OutputsFileError(`${where} is not an object`);
        const text = (key) => {
            if (typeof job[key] !== 'string' || job[key] === '')
                throw new OutputsFileError(`${where}.${key} must be a non-empty string`);
            return job[key];
        };
        const config = text('config');
        // The resolve step writes this file: it must name one inside the workspace, as configs do.
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(config) ||
            /\\|^[A-Za-z]:/.test(config) ||
            config.split('/').includes('..'))
            throw new OutputsFileError(`${where}.config must be a path relative to the workspace: ${config}`);
        const jobName = text('job_name');
        const configSha = text('config_sha');
        if (job.outputs !== null && !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(job.outputs))
            throw new OutputsFileError(`${where}.outputs must be an object or null`);
        const sensitive = Array.isArray(job.sensitive) ? job.sensitive : [];
        if (!sensitive.every((name) => typeof name === 'string'))
            throw new OutputsFileError(`${where}.sensitive must be a list of output names`);
        return {
            config,
            job_name: jobName,
            config_sha: configSha,
            outputs: job.outputs,
            sensitive,
            plan: isPlan(job.plan) ? job.plan : null,
            fingerprint: typeof job.fingerprint === 'string' ? job.fingerprint : null,
        };
    });
    return {
        version: OUTPUTS_FILE_VERSION,
        commit: typeof data.commit === 'string' ? data.commit : null,
        mode: typeof data.mode === 'string' ? data.mode : '',
        jobs,
    };
}
function isPlan(value) {
    return ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(value) &&
        typeof value.add === 'number' &&
        typeof value.change === 'number' &&
        typeof value.destroy === 'number');
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ removedAsRun),
/* harmony export */   c: () => (/* binding */ leftRunningSection)
/* harmony export */ });
/* harmony import */ var _discover_removed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4163);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9786);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1886);
// Removed jobs in the reports: each shown like a config (its destroy plan, the tags of what goes),
// and in apply mode a table of every runtime left running, so none is forgotten.



/** A removed job as the comment and the summary show configs. */
function removedAsRun(removed, mode) {
    const why = removed.reason === 'renamed' && removed.renamedTo
        ? `renamed to ${removed.renamedTo.jobName} (${removed.renamedTo.file})${removed.leftRunning ? '' : ': this runtime goes, the new one is created'}`
        : _discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOVAL_REASONS */ .Fq[removed.reason];
    const fate = mode === 'plan'
        ? removed.leftRunning
            ? `not planned: ${removed.leftRunning}`
            : 'destroy plan'
        : removed.destroyed
            ? 'destroyed'
            : `left running: ${removed.leftRunning ?? 'destroy-removed is off'}`;
    return {
        ...(0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .newConfigRun */ .YN)(removed.file),
        jobName: removed.jobName,
        provider: removed.provider,
        runtimeType: removed.runtimeType,
        findings: removed.findings,
        cloudTags: removed.cloudTags,
        plan: removed.plan,
        planText: removed.planText,
        destroys: removed.destroys,
        fingerprint: removed.fingerprint,
        removal: `${why}; ${fate}`,
    };
}
/** Apply mode: one row per runtime a removed job leaves running, with its tags. */
function leftRunningSection(report, clean) {
    const left = (report.removed ?? []).filter((removed) => !removed.destroyed);
    if (report.mode !== 'apply' || left.length === 0)
        return '';
    const rows = left.map((removed) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(clean(removed.file)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(clean(removed.jobName)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(clean(removed.reason === 'renamed'
            ? `renamed to ${removed.renamedTo?.jobName ?? '?'}`
            : _discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOVAL_REASONS */ .Fq[removed.reason])),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(clean(`${removed.provider} / ${removed.runtimeType}`)),
        Object.entries(removed.cloudTags)
            .map(([key, value]) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(clean(`${key}=${value}`)))
            .join(' '),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(clean(removed.leftRunning ?? 'destroy-removed is off')),
    ]);
    return [
        '### Runtimes left running',
        '',
        'These jobs were removed, but their runtimes still exist and keep costing. Set `destroy-removed: true` to destroy them on the next apply, or destroy them by hand.',
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Config', 'Job', 'Removed because', 'Provider / runtime', 'Tags', 'Why it is left'], rows),
    ].join('\n');
}


/***/ }),

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ renderValue),
/* harmony export */   I: () => (/* binding */ jsonString),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   UN: () => (/* binding */ doubleQuoted),
/* harmony export */   n6: () => (/* binding */ sameData),
/* harmony export */   uU: () => (/* binding */ flowSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _config_document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9329);
// Writing a value into the CST token of a scalar, so that only that token's text changes. The
// token keeps its style where the style can hold the value (a quoted string stays quoted the
// same way, a block scalar stays a block with its indentation); every choice is checked by
// reading the new text back, with YAML 1.2 and with YAML 1.1 (Dativo reads configs with PyYAML).


/** A whole-scalar placeholder's value, whatever its JSON type (CONTRACT §7: it keeps its type). */
function renderValue(token, value, context) {
    if (typeof value === 'string')
        return renderText(token, value, context);
    if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
        return setFlowCollection(token, flowSource(value));
    }
    yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.setScalarValue(token, primitiveSource(value), { type: 'PLAIN', inFlow: context.inFlow });
}
/**
 * A string value; the scalar keeps its quoting or block style when that style can hold it. With
 * `edit`, only the changed spans are rewritten where they are written, so the rest of a folded
 * or multi-line scalar keeps its lines and escapes.
 */
function renderText(token, text, context, edit) {
    if (edit && substitute(token, text, edit, context))
        return;
    if (token.type === 'block-scalar') {
        const block = blockSource(token, text, context.eol);
        if (block) {
            const header = token.props[0];
            header.source = block.header;
            token.source = block.body;
            return;
        }
    }
    const preferred = token.type === 'single-quoted-scalar'
        ? 'QUOTE_SINGLE'
        : token.type === 'double-quoted-scalar' || token.type === 'block-scalar'
            ? 'QUOTE_DOUBLE'
            : 'PLAIN';
    const source = (preferred === 'QUOTE_DOUBLE' ? undefined : flowScalarSource(text, preferred, context)) ??
        doubleQuoted(text, context);
    const type = source[0] === '"' ? 'QUOTE_DOUBLE' : source[0] === "'" ? 'QUOTE_SINGLE' : 'PLAIN';
    yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.setScalarValue(token, text, { type, inFlow: context.inFlow });
    token.source = source;
}
/** Rewrites the spans in the scalar's source; false when the result would not read as `text`. */
function substitute(token, text, edit, context) {
    if (token.type === 'flow-collection' || token.type === 'alias')
        return false;
    const source = token.source;
    const changes = [];
    for (const span of edit.spans) {
        const old = edit.old.slice(span.start, span.end);
        if (old === span.text)
            continue;
        const written = escapeFor(token.type, span.text);
        if (old === '' || written === undefined)
            return false;
        // The n-th time this text occurs in the value is taken to be the n-th time in the source;
        // reading the result back below is what proves it.
        const at = nthIndexOf(source, old, occurrencesBefore(edit.old, old, span.start));
        const previous = changes[changes.length - 1];
        if (at === -1 || (previous && at < previous.at + previous.length))
            return false;
        changes.push({ at, length: old.length, text: written });
    }
    let next = source;
    for (const change of [...changes].reverse()) {
        next = next.slice(0, change.at) + change.text + next.slice(change.at + change.length);
    }
    const scratch = { ...token, source: next };
    if (readScalar(scratch) !== text)
        return false;
    if (token.type === 'scalar') {
        if (readsAs(next, context) !== text || (0,_config_document_js__WEBPACK_IMPORTED_MODULE_1__/* .yaml11Reading */ .EZ)(next) !== text)
            return false;
    }
    token.source = next;
    return true;
}
function escapeFor(type, text) {
    if (type === 'double-quoted-scalar')
        return jsonString(text).slice(1, -1);
    if (/[\n\r\p{Cc}\u2028\u2029\uFEFF]/u.test(text.replace(/\t/g, '')))
        return undefined;
    if (type === 'single-quoted-scalar')
        return text.replace(/'/g, "''");
    return text;
}
function occurrencesBefore(text, part, end) {
    let count = 0;
    for (let i = text.indexOf(part); i !== -1 && i < end; i = text.indexOf(part, i + part.length)) {
        count++;
    }
    return count;
}
function nthIndexOf(text, part, n) {
    let i = text.indexOf(part);
    for (let k = 0; k < n && i !== -1; k++)
        i = text.indexOf(part, i + part.length);
    return i;
}
/** Plain or single-quoted source for the string, if that style holds it on one line. */
function flowScalarSource(text, type, context) {
    if (/[\n\r\p{Cc}\u2028\u2029\uFEFF]/u.test(text))
        return undefined;
    const scratch = { type: 'scalar', offset: 0, indent: 0, source: '' };
    yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.setScalarValue(scratch, text, { type, inFlow: context.inFlow });
    const expected = type === 'PLAIN' ? 'scalar' : 'single-quoted-scalar';
    if (scratch.type !== expected || /[\n\r]/.test(scratch.source))
        return undefined;
    if (readScalar(scratch) !== text)
        return undefined;
    if (type === 'PLAIN') {
        // A plain scalar must also mean the same string to a schema: `42`, `true`, `yes`, `~` do not.
        if (readsAs(scratch.source, context) !== text || (0,_config_document_js__WEBPACK_IMPORTED_MODULE_1__/* .yaml11Reading */ .EZ)(scratch.source) !== text) {
            return undefined;
        }
    }
    return scratch.source;
}
/** A double-quoted scalar on one line: the library's escapes, or JSON's when it would fold. */
function doubleQuoted(text, context) {
    const scratch = { type: 'scalar', offset: 0, indent: 0, source: '' };
    yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.setScalarValue(scratch, text, { type: 'QUOTE_DOUBLE', inFlow: context.inFlow });
    if (!/[\n\r]/.test(scratch.source) && readScalar(scratch) === text)
        return scratch.source;
    return jsonString(text);
}
/** JSON's escapes are YAML's too; characters YAML does not allow raw are escaped as well. */
function jsonString(text) {
    return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function primitiveSource(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number' && Number.isFinite(value)) {
        // PyYAML reads `1e+21` as a string: its float pattern wants a dot.
        const text = String(value);
        return /e/.test(text) && !/\./.test(text) ? text.replace('e', '.0e') : text;
    }
    throw new Error(`Cannot write ${typeof value} ${String(value)} as a YAML value`);
}
/** One-line flow text for a list or map: the library's style, or JSON's when that is not safe. */
function flowSource(value) {
    const styled = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value, {
        collectionStyle: 'flow',
        lineWidth: 0,
        version: '1.1',
    }).replace(/\n$/, '');
    if (!/[\n\r]/.test(styled) && readsSame(styled, value))
        return styled;
    return jsonFlow(value);
}
function jsonFlow(value) {
    if (Array.isArray(value))
        return `[${value.map(jsonFlow).join(', ')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).map(([k, v]) => `${jsonString(k)}: ${jsonFlow(v)}`);
        return `{${entries.join(', ')}}`;
    }
    return typeof value === 'string' ? jsonString(value) : primitiveSource(value);
}
function readsSame(source, value) {
    try {
        return sameData((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(source), value) && sameData((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(source, { version: '1.1' }), value);
    }
    catch {
        return false;
    }
}
/** Turns the token into a flow collection parsed from `source`, keeping what trailed the old value. */
function setFlowCollection(token, source) {
    const [document] = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX().parse(source);
    const parsed = document?.type === 'document' ? document.value : undefined;
    if (parsed?.type !== 'flow-collection' || !parsed.end[0]) {
        throw new Error(`Not a flow collection: ${source}`);
    }
    const trailing = token.type === 'flow-collection'
        ? token.end.slice(1)
        : token.type === 'block-scalar'
            ? token.props.slice(1)
            : (token.end ?? []);
    const { offset, indent } = token;
    for (const key of Object.keys(token))
        if (key !== 'type')
            delete token[key];
    Object.assign(token, {
        type: 'flow-collection',
        offset,
        indent,
        start: parsed.start,
        items: parsed.items,
        end: [parsed.end[0], ...trailing],
    });
}
/**
 * A block scalar's new header and lines for `text`, at the block's own indentation and line
 * ending; undefined when the block style cannot hold the text as written here (edge spaces,
 * more-indented folded lines, control characters), and the caller quotes it instead.
 */
function blockSource(token, text, eol) {
    const header = token.props[0];
    if (header?.type !== 'block-scalar-header')
        return undefined;
    const literal = header.source.startsWith('|');
    const indicator = /[1-9]/.exec(header.source)?.[0];
    const firstLine = /^( *)\S/m.exec(token.source);
    const indent = indicator ? token.indent + Number(indicator) : firstLine?.[1]?.length;
    if (indent === undefined || indent === 0)
        return undefined;
    const trailing = /\n*$/.exec(text)[0].length;
    const content = text.slice(0, text.length - trailing);
    if (content === '' ||
        /[\r\p{Cc}\u2028\u2029\uFEFF]/u.test(content.replace(/[\n\t]/g, '')) ||
        /\n[\t ]*$/.test(content) ||
        (!indicator && content.startsWith(' ')) ||
        (!literal && /(?:^|\n)[\t ]/.test(content))) {
        return undefined;
    }
    const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
    // Folded: one line break in the value is a blank line in the source; lines are never re-wrapped.
    const lines = (literal ? content : content.replace(/\n+/g, '\n$&')).split('\n');
    for (let i = 1; i < trailing; i++)
        lines.push('');
    const pad = ' '.repeat(indent);
    let body = lines.map((line) => (line === '' ? '' : pad + line)).join(eol) + eol;
    // Blank lines after the block that belonged to its source stay, byte for byte.
    const oldChomp = /[-+]/.exec(header.source)?.[0] ?? '';
    const blankAfter = oldChomp !== '+' && chomp !== '+' ? endOfContent(token.source) : '';
    if (blankAfter === '' && !token.source.endsWith('\n'))
        body = body.slice(0, -eol.length);
    else
        body += blankAfter;
    const headers = [
        oldChomp === chomp ? header.source : undefined,
        (literal ? '|' : '>') + (indicator ?? '') + chomp,
    ];
    for (const candidate of headers) {
        if (candidate === undefined)
            continue;
        const scratch = {
            ...token,
            props: [
                { ...header, source: candidate },
                { type: 'newline', offset: 0, indent: 0, source: '\n' },
            ],
            source: body,
        };
        if (readScalar(scratch) === text)
            return { header: candidate, body };
    }
    return undefined;
}
/** The source after its last line holding content, i.e. the trailing blank lines. */
function endOfContent(source) {
    const lines = source.split(/(?<=\n)/);
    let i = lines.length;
    while (i > 0 && /^[ \t]*\r?\n?$/.test(lines[i - 1]))
        i--;
    return lines.slice(i).join('');
}
function readScalar(token) {
    try {
        return yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.resolveAsScalar(token, true, () => {
            throw new Error('invalid');
        }).value;
    }
    catch {
        return undefined;
    }
}
function readsAs(source, context) {
    try {
        const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(context.inFlow ? `[${source}]` : source);
        return context.inFlow ? data[0] : data;
    }
    catch {
        return undefined;
    }
}
/** Equal as plain data: same types, same list order, same map keys in any order. */
function sameData(a, b) {
    if (Object.is(a, b))
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, i) => sameData(item, b[i])));
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (keysA.length === keysB.length &&
        keysA.every((key) => Object.hasOwn(b, key) &&
            sameData(a[key], b[key])));
}


/***/ }),

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   describeWaves: () => (/* binding */ describeWaves),
/* harmony export */   rolloutOutput: () => (/* binding */ rolloutOutput),
/* harmony export */   rolloutSection: () => (/* binding */ rolloutSection)
/* harmony export */ });
/* harmony import */ var _publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1886);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9997);
// How a rollout reads: its waves in the log before it starts, then in the job summary and the
// `rollout` output which jobs are done, which failed and which were not started.


const MAX_JOBS = 300;
/** `Rollout wave 1 of 2 (other environments: dev): canary first in local / local (3 jobs)`. */
function describeWaves(waves) {
    return waves.map((wave, i) => `Rollout wave ${i + 1} of ${waves.length} (${wave.name}: ${wave.environments.join(', ')}): a canary first in ${wave.groups
        .map((group) => `${group.name} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(group.files.length, 'job')})`)
        .join(', ')}, then the rest`);
}
/**
 * The `rollout` output: configs by what became of them; null without a rollout. Within `budget`
 * characters of JSON: failed and not-started jobs are listed before done ones, and `left_out`
 * counts what did not fit.
 */
function rolloutOutput(report, budget = Infinity) {
    if (!report.rollout)
        return null;
    const by = (status) => report.configs.filter((run) => run.rollout?.status === status).map((run) => run.file);
    const output = {
        done: [],
        failed: [],
        not_started: [],
        stopped: report.rollout.stopped ?? null,
        left_out: 0,
    };
    let size = JSON.stringify(output).length;
    for (const [key, files] of [
        ['failed', by('failed')],
        ['not_started', by('not started')],
        ['done', by('done')],
    ]) {
        for (const file of files) {
            const added = JSON.stringify(file).length + 1;
            if (size + added > budget) {
                output.left_out++;
                continue;
            }
            output[key].push(file);
            size += added;
        }
    }
    return output;
}
/** The job summary's section: each wave, its groups, and each job's end. */
function rolloutSection(report, clean) {
    const rollout = report.rollout;
    if (!rollout)
        return undefined;
    const count = (status) => report.configs.filter((run) => run.rollout?.status === status).length;
    const lines = ['### Rollout', ''];
    lines.push(`${count('done')} done, ${count('failed')} failed, ${count('not started')} not started.${rollout.stopped ? ` ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clean(rollout.stopped))}` : ''}`);
    const byFile = new Map(report.configs.map((run) => [run.file, run]));
    const rows = [];
    rollout.waves.forEach((wave, i) => {
        for (const group of wave.groups) {
            for (const file of group.files) {
                const run = byFile.get(file);
                const role = run?.rollout;
                rows.push([
                    `${i + 1}: ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clean(wave.name))}`,
                    (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(group.name),
                    (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(file), 200)),
                    run?.jobName ? (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(run.jobName), 200)) : '—',
                    role?.canary ? 'canary' : '',
                    role ? statusCell(role.status) : '—',
                ]);
            }
        }
    });
    lines.push('', (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Wave', 'Cloud / runtime', 'Config', 'Job', 'Role', 'Status'], rows.slice(0, MAX_JOBS)));
    if (rows.length > MAX_JOBS)
        lines.push('', `… and ${rows.length - MAX_JOBS} more jobs (see the \`rollout\` output).`);
    return lines.join('\n');
}
function statusCell(status) {
    return status === 'done' ? '✅ done' : status === 'failed' ? '❌ failed' : '⏸️ not started';
}


/***/ }),

/***/ 9786:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   YH: () => (/* binding */ errorCount),
/* harmony export */   YN: () => (/* binding */ newConfigRun),
/* harmony export */   nT: () => (/* binding */ formatPlan)
/* harmony export */ });
function newConfigRun(file) {
    return {
        file,
        findings: [],
        valid: true,
        skipped: false,
        plan: null,
        outputs: null,
        resolved: false,
        placeholders: [],
    };
}
function countFindings(run, severity) {
    return run.findings.filter((finding) => finding.severity === severity).length;
}
function errorCount(report) {
    const removed = (report.removed ?? []).reduce((sum, run) => sum + countFindings(run, 'error'), 0);
    const elsewhere = countFindings({ findings: report.elsewhere ?? [] }, 'error');
    return report.configs.reduce((sum, run) => sum + countFindings(run, 'error'), report.failures.length + removed + elsewhere);
}
function tally(report) {
    const plan = { add: 0, change: 0, destroy: 0 };
    for (const run of report.configs) {
        plan.add += run.plan?.add ?? 0;
        plan.change += run.plan?.change ?? 0;
        plan.destroy += run.plan?.destroy ?? 0;
    }
    return {
        errors: errorCount(report),
        warnings: report.configs.reduce((sum, run) => sum + countFindings(run, 'warning'), 0),
        invalid: report.configs.filter((run) => !run.valid).length,
        failing: report.configs.filter((run) => countFindings(run, 'error') > 0).length,
        plan,
        resolved: report.configs.filter((run) => run.resolved).length,
    };
}
/** `+1 ~0 -2`: to add, to change, to destroy. */
function formatPlan(plan) {
    return `+${plan.add} ~${plan.change} -${plan.destroy}`;
}


/***/ }),

/***/ 9586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ finalTags),
/* harmony export */   Hd: () => (/* binding */ convertTags),
/* harmony export */   U5: () => (/* binding */ TAG_LIMITS),
/* harmony export */   eA: () => (/* binding */ graphemeLength),
/* harmony export */   kE: () => (/* binding */ mergeTags),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES),
/* harmony export */   y: () => (/* binding */ moduleTags)
/* harmony export */ });
/* unused harmony exports CLOUDS, convertKey, convertValue, goLower, graphemes, compareUtf8, sortTags */
// Tags as each cloud wants them (CONTRACT §5). terraform/modules/tags does exactly the same in
// HCL, and a test holds the two together, so every step here is one HCL can express too:
// Terraform normalises every string it reads or builds to NFC, lowercases with Go's
// per-character mapping, and counts and cuts strings by grapheme cluster. Both sides use their
// runtime's Unicode tables (Terraform's Go: 15.0): characters assigned later may differ.
const CLOUDS = (/* unused pure expression or super */ null && (['aws', 'azure', 'gcp', 'local']));
const TAG_LIMITS = {
    aws: { maxKey: 128, maxValue: 256 },
    azure: { maxKey: 512, maxValue: 256 },
    gcp: { maxKey: 63, maxValue: 63 },
    local: { maxKey: Number.MAX_SAFE_INTEGER, maxValue: Number.MAX_SAFE_INTEGER },
};
const CLOUD_NAMES = {
    aws: 'AWS',
    azure: 'Azure',
    gcp: 'GCP',
    local: 'the local sandbox',
};
/** Tags every module adds itself; they win over the job's and the defaults. */
function moduleTags(runtimeType) {
    return { managed_by: 'terraform', dativo_runtime: runtimeType };
}
function convertKey(key, cloud) {
    const k = nfc(key);
    switch (cloud) {
        case 'aws':
            return k
                .split('_')
                .map((part) => {
                const [first = '', ...rest] = graphemes(nfc(part));
                return (/^[a-z]$/.test(first) ? first.toUpperCase() : first) + rest.join('');
            })
                .join('')
                .normalize('NFC');
        case 'azure':
            return goLower(k.replace(/_/g, '-'));
        case 'gcp':
            return truncate(gcpLabel(k), TAG_LIMITS.gcp.maxKey);
        case 'local':
            return k;
    }
}
function convertValue(value, cloud) {
    const v = nfc(value);
    return cloud === 'gcp' ? truncate(gcpLabel(v), TAG_LIMITS.gcp.maxValue) : v;
}
/**
 * Converts a merged tag map. Keys are visited in byte order of their UTF-8 form (Terraform's
 * map order); when two keys become the same cloud key, the later one wins, as in the HCL module.
 */
function convertTags(tags, cloud) {
    const conversions = [];
    const owner = new Map();
    for (const key of Object.keys(tags).sort(compareUtf8)) {
        const value = tags[key];
        const nfcKey = nfc(key);
        const nfcValue = nfc(value);
        const cloudKey = convertKey(key, cloud);
        const cloudValue = convertValue(value, cloud);
        const conversion = {
            key,
            value,
            cloudKey,
            cloudValue,
            truncatedKey: cloud === 'gcp' && graphemeLength(gcpLabel(nfcKey)) > TAG_LIMITS.gcp.maxKey,
            truncatedValue: cloud === 'gcp' && graphemeLength(gcpLabel(nfcValue)) > TAG_LIMITS.gcp.maxValue,
        };
        const earlier = owner.get(cloudKey);
        if (earlier)
            earlier.replacedBy = key;
        owner.set(cloudKey, conversion);
        conversions.push(conversion);
    }
    if (cloud === 'gcp') {
        for (const conversion of owner.values())
            conversion.dropped = gcpDropped(conversion);
    }
    const converted = Object.fromEntries([...owner]
        .filter(([, conversion]) => conversion.dropped === undefined)
        .map(([cloudKey, conversion]) => [cloudKey, conversion.cloudValue]));
    return { tags: sortTags(converted), conversions };
}
/** Letters GCP label keys may start with: lowercase and other letters without case. */
const GCP_KEY_START = /^[\p{Ll}\p{Lo}]/u;
function gcpDropped(conversion) {
    if (!GCP_KEY_START.test(conversion.cloudKey))
        return 'key';
    if (conversion.cloudValue === '')
        return 'value';
    return undefined;
}
/**
 * default_tags, then the job's tags, then the module's own, as each module merges them. Keys
 * and values are NFC, as Terraform reads them, so 'é' as one or as two characters is one key.
 */
function mergeTags(defaultTags, jobTags, runtimeType) {
    const merged = new Map();
    for (const tags of [defaultTags, jobTags, moduleTags(runtimeType)]) {
        for (const key of Object.keys(tags).sort(compareUtf8))
            merged.set(nfc(key), nfc(tags[key]));
    }
    return Object.fromEntries(merged);
}
/** The tags a module puts on every resource, converted for its cloud. */
function finalTags(defaultTags, jobTags, runtimeType, cloud) {
    return convertTags(mergeTags(defaultTags, jobTags, runtimeType), cloud).tags;
}
const GCP_OTHER = /[^\p{Ll}\p{Lo}\p{N}_-]/gu;
function gcpLabel(text) {
    return nfc(goLower(text).replace(GCP_OTHER, '_'));
}
/**
 * Lowercase as Terraform's lower() does: one character at a time, as Go's strings.ToLower (no
 * context rules, one character in, one out: JavaScript alone turns 'İ' into two characters and
 * a final 'Σ' into 'ς'), then NFC, since lowering can make a composable pair ('J̌' → 'ǰ').
 */
function goLower(text) {
    // ASCII lowercases the same in Go and JavaScript, one character for one, and is already NFC.
    if (SIMPLE.test(text))
        return text.toLowerCase();
    let out = '';
    for (const char of text) {
        const lower = char.toLowerCase();
        out += [...lower].length === 1 ? lower : (GO_LOWER_SPECIAL[char] ?? char);
    }
    return nfc(out);
}
/** Terraform hands every string it builds over in NFC, so each step here ends with it too. */
function nfc(text) {
    return SIMPLE.test(text) ? text : text.normalize('NFC');
}
const GO_LOWER_SPECIAL = { '\u0130': 'i' };
// Made on first use: creating one costs more than a run with ASCII tags spends on tags at all.
let segmenter;
const segments = (text) => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text);
/** Printable ASCII: one character is one grapheme cluster, no segmenter needed. */
const SIMPLE = /^[\x20-\x7e]*$/;
function graphemes(text) {
    if (SIMPLE.test(text))
        return text.split('');
    return Array.from(segments(text), (s) => s.segment);
}
function graphemeLength(text) {
    if (SIMPLE.test(text))
        return text.length;
    let n = 0;
    for (const _ of segments(text))
        n++;
    return n;
}
function truncate(text, max) {
    const parts = graphemes(text);
    return parts.length > max ? nfc(parts.slice(0, max).join('')) : text;
}
/** Surrogates: the only UTF-16 code units whose order differs from their UTF-8 bytes'. */
const SURROGATE = /[\ud800-\udfff]/;
function compareUtf8(a, b) {
    if (!SURROGATE.test(a) && !SURROGATE.test(b))
        return a < b ? -1 : a > b ? 1 : 0;
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** Keys in byte order; built with fromEntries so a key such as '__proto__' stays a key. */
function sortTags(tags) {
    return Object.fromEntries(Object.keys(tags)
        .sort(compareUtf8)
        .map((key) => [key, tags[key]]));
}


/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   XA: () => (/* binding */ planChanges),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2122);
// What a saved plan changes, attribute by attribute, read from `terraform show -json`: the
// resources it will change, what Terraform found changed outside it (`resource_drift`), the
// outputs it will change, and the attributes its changes depend on (`relevant_attributes`).
// Kept small: paths, not values, except a shortened, masked value pair for each drifted path,
// which the drift report shows. Drift (src/drift) and grouping by shape (src/group) read this.

const MAX_PATHS = 100;
const MAX_DEPTH = 12;
const MAX_VALUE = 200;
const SENSITIVE = '(sensitive)';
const ABSENT = '(none)';
function planChanges(plan) {
    const data = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(plan) ? plan : {};
    const resources = [];
    for (const item of list(data.resource_changes)) {
        const read = readChange(item);
        if (!read || isNoOp(read.actions))
            continue;
        resources.push({ address: read.address, actions: read.actions, ...pathsOf(read.change) });
    }
    const drift = [];
    for (const item of list(data.resource_drift)) {
        const read = readChange(item);
        if (!read || isNoOp(read.actions))
            continue;
        const found = pathsOf(read.change);
        // Drift on values Terraform stores but that are the same (a set in another order): none.
        if (found.paths.length === 0 && !read.actions.includes('delete'))
            continue;
        const values = found.paths.map((path) => ({
            before: shown(read.change.before, read.change.before_sensitive, path),
            after: shown(read.change.after, read.change.after_sensitive, path),
        }));
        drift.push({ address: read.address, actions: read.actions, ...found, values });
    }
    const outputs = [];
    const outputChanges = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(data.output_changes) ? data.output_changes : {};
    for (const name of Object.keys(outputChanges).sort()) {
        const change = outputChanges[name];
        const actions = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(change) ? strings(change.actions) : [];
        if (!isNoOp(actions))
            outputs.push({ name, actions });
    }
    const relevant = [];
    for (const item of list(data.relevant_attributes)) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(item) || typeof item.resource !== 'string' || !Array.isArray(item.attribute))
            continue;
        const path = item.attribute.filter((step) => typeof step === 'string' || typeof step === 'number');
        relevant.push({ address: item.resource, path });
    }
    return { resources, drift, outputs, relevant };
}
/** `tags.Team`, `setting[0].value`, `labels["cost-center"]`: a path as a person reads it. */
function formatPath(path) {
    return path
        .map((step, i) => typeof step === 'number'
        ? `[${step}]`
        : /^[A-Za-z_][A-Za-z0-9_]*$/.test(step)
            ? `${i === 0 ? '' : '.'}${step}`
            : `[${JSON.stringify(step)}]`)
        .join('');
}
/** One path leads into the other (or they are the same): a change at one touches the other. */
function overlaps(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function readChange(item) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(item) || item.mode === 'data' || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(item.change))
        return undefined;
    const deposed = typeof item.deposed === 'string' ? ` (deposed ${item.deposed})` : '';
    return {
        address: String(item.address ?? '') + deposed,
        actions: strings(item.change.actions),
        change: item.change,
    };
}
function pathsOf(change) {
    // A whole object created or deleted: no attribute path says more than the action.
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(change.before) || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(change.after))
        return { paths: [] };
    const paths = [];
    let more = false;
    const visit = (before, after, unknown, path) => {
        if (paths.length >= MAX_PATHS) {
            more = true;
            return;
        }
        if (unknown === true) {
            paths.push(path);
            return;
        }
        if (path.length < MAX_DEPTH && (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(before) && (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(after)) {
            const unknowns = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(unknown) ? unknown : {};
            const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
            for (const key of keys)
                visit(before[key], after[key], unknowns[key], [...path, key]);
            return;
        }
        if (path.length < MAX_DEPTH &&
            Array.isArray(before) &&
            Array.isArray(after) &&
            before.length === after.length) {
            const unknowns = Array.isArray(unknown) ? unknown : [];
            before.forEach((item, i) => visit(item, after[i], unknowns[i], [...path, i]));
            return;
        }
        if (!sameValue(before, after))
            paths.push(path);
    };
    visit(change.before, change.after, change.after_unknown, []);
    return more ? { paths, morePaths: true } : { paths };
}
/** The value at `path` as short text, `(sensitive)` where Terraform marks it so. */
function shown(value, sensitive, path) {
    let current = value;
    let mark = sensitive;
    for (const step of path) {
        if (mark === true)
            return SENSITIVE;
        current = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(current) || Array.isArray(current) ? access(current, step) : undefined;
        mark = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(mark) || Array.isArray(mark) ? access(mark, step) : undefined;
    }
    if (containsTrue(mark))
        return SENSITIVE;
    if (current === undefined || current === null)
        return ABSENT;
    const text = JSON.stringify(current);
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
function access(container, step) {
    return Array.isArray(container)
        ? typeof step === 'number'
            ? container[step]
            : undefined
        : container[String(step)];
}
function containsTrue(mark) {
    if (mark === true)
        return true;
    if (Array.isArray(mark))
        return mark.some(containsTrue);
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(mark))
        return Object.values(mark).some(containsTrue);
    return false;
}
function sameValue(a, b) {
    if (a === b)
        return true;
    if ((a === null || a === undefined) && (b === null || b === undefined))
        return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
    }
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(a) && (0,_util_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        return [...keys].every((key) => sameValue(a[key], b[key]));
    }
    return false;
}
function isNoOp(actions) {
    return actions.length === 0 || actions.every((a) => a === 'no-op' || a === 'read');
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function strings(value) {
    return Array.isArray(value) ? value.filter((a) => typeof a === 'string') : [];
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   APPLY_DRAIN_MS: () => (/* binding */ APPLY_DRAIN_MS),
/* harmony export */   READ_ONLY_GRACE_MS: () => (/* binding */ READ_ONLY_GRACE_MS),
/* harmony export */   TerraformCli: () => (/* binding */ TerraformCli),
/* harmony export */   automationEnv: () => (/* binding */ automationEnv)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7206);
// The one wrapper around the terraform program: automation settings on every call, the job's
// own data folder, a time limit per command, and output captured for the job's log.


/**
 * How long a command that changes infrastructure goes on after the run's first signal before it
 * is interrupted. Interrupting Terraform makes providers cancel the calls they have in flight, and
 * a create that the cloud carried out but whose answer was cancelled leaves a resource no state
 * knows; a few seconds let those calls return. Shorter than the runner's 7.5 s before SIGTERM.
 */
const APPLY_DRAIN_MS = 5000;
/**
 * Past the time limit, how long a command that only reads has after its SIGINT (which it may
 * ignore) before it is killed: it has no state to save.
 */
const READ_ONLY_GRACE_MS = 5000;
class TerraformCli {
    binary;
    env;
    limits;
    jobDir;
    constructor(binary, 
    /** The environment every command of it runs with. */
    env, limits = {}, jobDir) {
        this.binary = binary;
        this.env = env;
        this.limits = limits;
        this.jobDir = jobDir;
    }
    /**
     * A copy for one job: its commands keep their .terraform data in `jobDir/data` and their
     * output files in `jobDir`, a folder of the job's own outside the workspace, and use the
     * plugin cache folder given.
     */
    forJob(jobDir, pluginCacheDir) {
        return new TerraformCli(this.binary, { ...this.env, TF_DATA_DIR: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(jobDir, 'data'), TF_PLUGIN_CACHE_DIR: pluginCacheDir }, this.limits, jobDir);
    }
    run(command) {
        if (!this.jobDir)
            throw new Error('terraform runs for a job: use forJob first');
        // Spawned here rather than through a toolkit's exec: Terraform needs a process group of its
        // own (so that what it starts, a provisioner's commands, is stopped with it), output that
        // outlives this process, a time limit and the run's signals forwarded.
        return (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execDetached */ .mB)(this.binary, command.args, {
            cwd: command.cwd,
            env: this.env,
            outputDir: this.jobDir,
            onLine: command.quiet ? undefined : command.onLine,
            timeoutMs: this.limits.timeoutMs,
            cancellation: this.limits.cancellation,
            drainMs: command.changes ? APPLY_DRAIN_MS : undefined,
            graceMs: command.readOnly
                ? Math.min(READ_ONLY_GRACE_MS, this.limits.graceMs ?? READ_ONLY_GRACE_MS)
                : this.limits.graceMs,
            groupGraceMs: this.limits.groupGraceMs,
        });
    }
}
/** The environment every terraform command runs with (CONTRACT §6); forJob adds the job's own. */
function automationEnv(base) {
    return { ...base, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };
}


/***/ }),

/***/ 4737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ TerraformInstallError)
/* harmony export */ });
// Why an install failed, for the caller to report; the message alone tells the user what to do.
class TerraformInstallError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'TerraformInstallError';
    }
}


/***/ }),

/***/ 3277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseTerraformVersion)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1001);
// What `terraform-version` asks for. Parsing needs no network and no heavy module, so a bad value
// is refused at once, even in validate mode which never installs.

const CLAUSE = /^(~>|>=|<=|!=|=|>|<)?v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const EXPECTED = 'expected latest, system, an exact version such as 1.9.8, or a constraint such as ~> 1.9 or >= 1.6, < 2';
/**
 * Parses `terraform-version` with Terraform's constraint rules: `~> 1.9` is `>= 1.9.0, < 2.0.0`,
 * `~> 1.9.3` is `>= 1.9.3, < 1.10.0`; clauses are separated by commas or spaces; a partial
 * version is padded with zeros. A bare partial version (`1.9`, `1.9.x`) means any release in that
 * series, as setup-terraform reads it. Empty means `latest`.
 */
function parseTerraformVersion(value) {
    const text = value.trim();
    const keyword = text.toLowerCase();
    if (keyword === '' || keyword === 'latest')
        return { kind: 'latest' };
    if (keyword === 'system')
        return { kind: 'system' };
    const clauses = text
        .replace(/(~>|>=|<=|!=|=|>|<)\s+/g, '$1')
        .split(/[\s,]+/)
        .filter((clause) => clause !== '');
    const comparisons = clauses.flatMap((clause) => comparisonsOf(clause, text));
    const only = comparisons[0];
    if (comparisons.length === 1 && only?.operator === '=') {
        return { kind: 'exact', version: only.version };
    }
    return { kind: 'constraint', text, comparisons };
}
function comparisonsOf(clause, text) {
    const match = CLAUSE.exec(clause);
    if (!match)
        throw invalid(text, clause);
    const [, operator, major, minor, patch, prerelease] = match;
    const parts = [major, minor, patch].filter((part) => part !== undefined);
    const wildcard = parts.findIndex((part) => /^[xX*]$/.test(part));
    if (wildcard !== -1) {
        // A wildcard only ends a bare version: `1.x`, `1.9.*`, never `>= 1.x` or `1.x.3`.
        if (operator || prerelease || parts.slice(wildcard).some((part) => !/^[xX*]$/.test(part))) {
            throw invalid(text, clause);
        }
        parts.length = wildcard;
        if (parts.length === 0)
            throw invalid(text, clause);
    }
    if (prerelease && (parts.length < 3 || prerelease.split('.').some((id) => /^0\d+$/.test(id)))) {
        throw invalid(text, clause);
    }
    const numbers = parts.map(Number);
    const [x = 0, y = 0, z = 0] = numbers;
    const padded = `${x}.${y}.${z}${prerelease ? `-${prerelease}` : ''}`;
    if (operator === '~>') {
        const upper = numbers.length === 3 ? `${x}.${y + 1}.0` : `${x + 1}.0.0`;
        return [
            { operator: '>=', version: padded },
            { operator: '<', version: upper },
        ];
    }
    if (!operator) {
        if (numbers.length === 3)
            return [{ operator: '=', version: padded }];
        const upper = numbers.length === 2 ? `${x}.${y + 1}.0` : `${x + 1}.0.0`;
        return [
            { operator: '>=', version: padded },
            { operator: '<', version: upper },
        ];
    }
    return [{ operator: operator, version: padded }];
}
function invalid(text, clause) {
    const where = clause === text ? '' : ` ('${clause}' is not understood)`;
    return new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`terraform-version '${text}' is not accepted${where}: ${EXPECTED}`);
}


/***/ }),

/***/ 2523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   systemTerraform: () => (/* binding */ systemTerraform)
/* harmony export */ });
/* unused harmony exports findOnPath, terraformVersionOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7206);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4737);
// `terraform-version: system`: the terraform already on PATH, as it is.




/** Absolute path of the first `name` on PATH that is an executable file. */
function findOnPath(name, env, platform) {
    const windows = platform === 'win32';
    const pathKey = windows ? Object.keys(env).find((key) => key.toUpperCase() === 'PATH') : 'PATH';
    const dirs = (pathKey ? (env[pathKey] ?? '') : '').split(windows ? ';' : ':').filter(Boolean);
    const extensions = windows
        ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)]
        : [''];
    for (const dir of dirs) {
        for (const extension of extensions) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, name + extension);
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                    continue;
                if (!windows)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
                return candidate;
            }
            catch {
                continue;
            }
        }
    }
    return undefined;
}
/** The version a terraform binary reports (`terraform version -json`, or the text of older ones). */
async function terraformVersionOf(binary, env) {
    const options = { env: { ...env, CHECKPOINT_DISABLE: '1' }, timeoutMs: 60_000 };
    const json = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(binary, ['version', '-json'], options);
    if (json.exitCode === 0) {
        try {
            const reported = JSON.parse(json.stdout)
                .terraform_version;
            if (typeof reported === 'string' && reported)
                return reported;
        }
        catch {
            // Terraform before 0.13 has no -json and prints text: read that below.
        }
    }
    const text = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(binary, ['version'], options);
    const match = /Terraform v(\d+\.\d+\.\d+\S*)/.exec(text.stdout);
    if (text.exitCode === 0 && match?.[1])
        return match[1];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformInstallError */ .U('system-missing', `${binary} does not report a Terraform version (\`terraform version\` exited ${text.exitCode}): ${(text.stderr || text.stdout).trim().slice(0, 500)}`);
}
/** `terraform-version: system`: the first terraform on PATH, with the version it reports. */
async function systemTerraform(env, platform) {
    const binary = findOnPath(platform === 'win32' ? 'terraform.exe' : 'terraform', env, platform);
    if (!binary) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformInstallError */ .U('system-missing', "terraform-version is 'system' but no terraform is on PATH: install Terraform first, or set terraform-version to latest or a version to download a verified one");
    }
    return { path: binary, version: await terraformVersionOf(binary, env), source: 'system' };
}


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ writeGeneratedRoot),
/* harmony export */   Jh: () => (/* binding */ bundledModule),
/* harmony export */   LM: () => (/* binding */ locateRoot),
/* harmony export */   aY: () => (/* binding */ writeModuleCall),
/* harmony export */   hq: () => (/* binding */ NATIVE_BACKEND),
/* harmony export */   l8: () => (/* binding */ RootError),
/* harmony export */   lX: () => (/* binding */ renderTokens),
/* harmony export */   pY: () => (/* binding */ initialisedModuleDir)
/* harmony export */ });
/* unused harmony export TOKENS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4964);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9997);
// Where each job's Terraform runs: the team's own root (`terraform-dir`, when the folder exists)
// or a root generated outside the workspace that calls `module-source`. Generated roots hold no
// value from a config: only variable names, the module source and provider wiring; every value
// reaches Terraform through the job's variables file (-var-file), where it is read as a literal.






const TOKENS = ['job_name', 'environment', 'provider', 'runtime', 'tenant_id'];
/** A problem with one job's root: it fails that job, not the run. */
class RootError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RootError';
    }
}
/** Fills `{job_name}`, `{environment}`, `{provider}`, `{runtime}`, `{tenant_id}` in an input. */
function renderTokens(template, job, input) {
    return template.replace(/\{([^{}]*)\}/g, (whole, token) => {
        const values = {
            job_name: job.jobName,
            environment: job.environment,
            provider: job.provider,
            runtime: job.runtime.type,
            tenant_id: job.tenantId,
        };
        if (!TOKENS.includes(token)) {
            throw new RootError(`${input}: unknown token ${whole} (tokens: ${TOKENS.map((t) => `{${t}}`).join(', ')})`);
        }
        const value = values[token];
        if (value === undefined)
            throw new RootError(`${input} uses {${token}}, but the config has no ${token}`);
        return value;
    });
}
/** The module this action ships for a runtime, found relative to the action's own files. */
function bundledModule(runtime) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'terraform', 'modules', runtime);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(candidate, 'variables.tf')))
            return candidate;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            throw new RootError(`the bundled ${runtime} module is missing from this copy of the action`);
    }
}
/** The team's root when `terraform-dir` names an existing folder, else a root to generate. */
function locateRoot(job, workspace, terraformDir, moduleSource, workDir) {
    const relative = renderTokens(terraformDir, job, 'terraform-dir');
    const own = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .within */ .ux)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(own) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(own).isDirectory()) {
        const realDir = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(own);
        if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .reallyWithin */ .RU)(workspace, realDir) === undefined) {
            throw new RootError(`terraform-dir '${relative}' leads outside the workspace (a link to ${realDir}): Terraform would keep its state and files there. Put the job's root in the workspace`);
        }
        return {
            dir: own,
            generated: false,
            realDir,
            sharedBecause: sharedBecause(workspace, terraformDir, relative),
        };
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workDir, 'root');
    let source;
    if (moduleSource) {
        source = renderTokens(moduleSource, job, 'module-source');
        // A local path in the input is relative to the workspace, as a workflow author writes it.
        if (/^\.\.?\//.test(source))
            source = localSource(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, source));
    }
    else {
        source = localSource(dir, bundledModule(job.runtime.type));
    }
    return { dir, generated: true, moduleSource: source };
}
/**
 * Why a team's root may serve several jobs: a terraform-dir without {job_name} is one folder for
 * all of them; a link in the part named after the job may lead several jobs to one folder.
 */
function sharedBecause(workspace, template, relative) {
    if (!template.includes('{job_name}')) {
        return `terraform-dir '${template}' has no {job_name}, so every job runs in this one folder`;
    }
    const templateParts = template.split('/');
    const parts = relative.split('/');
    const first = templateParts.length === parts.length
        ? templateParts.findIndex((part) => part.includes('{job_name}'))
        : 0;
    for (let end = first + 1; end <= parts.length; end++) {
        const prefix = parts.slice(0, end).join('/');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)).isSymbolicLink()) {
            const target = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(workspace), (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)));
            return `${prefix} is a link to ${target}, a folder other jobs can reach too`;
        }
    }
    return undefined;
}
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)(rootDir, moduleDir);
    return relative.startsWith('.') ? relative : `./${relative}`;
}
/** Each cloud's own state backend, used for a generated root when backend-config is given. */
const NATIVE_BACKEND = {
    aws: 's3',
    azure: 'azurerm',
    gcp: 'gcs',
    local: 'local',
};
/**
 * Provider settings a generated root needs, and the root variables they read; `optional` ones
 * default to null, so the provider falls back to its environment (ARM_SUBSCRIPTION_ID).
 */
const PROVIDER_BLOCKS = {
    aws_fargate: { block: 'provider "aws" {\n  region = var.region\n}\n', variables: ['region'] },
    azure_container_apps: {
        block: 'provider "azurerm" {\n  features {}\n  subscription_id = var.subscription_id\n}\n',
        variables: ['subscription_id'],
        optional: ['subscription_id'],
    },
    gcp_cloud_run: {
        block: 'provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n',
        variables: ['project_id', 'region'],
    },
    local: { block: '', variables: [] },
};
/**
 * Step one of a generated root: the module call alone (and the backend, when it has one: `s3`,
 * `local`, …), enough for `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, backend) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root.dir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, backend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, { passed, module }));
    const optional = new Set(PROVIDER_BLOCKS[job.runtime.type].optional);
    const variables = [...rootVariables].sort().map((name) => {
        const settings = [
            ...(module.variables.get(name)?.sensitive ? ['  sensitive = true'] : []),
            ...(optional.has(name) && !module.variables.has(name) ? ['  default = null'] : []),
        ];
        return `variable "${name}" {${settings.length > 0 ? `\n${settings.join('\n')}\n` : ''}}\n`;
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'variables.tf'), variables.join('\n'));
    return rootVariables;
}
function rootText(root, job, backend, wiring) {
    const parts = [
        "# Generated by dativo-infra-action for one job; values come from the job's variables file.\n",
    ];
    if (backend)
        parts.push(`terraform {\n  backend "${backend}" {}\n}\n`);
    if (wiring) {
        const provider = PROVIDER_BLOCKS[job.runtime.type].block;
        if (provider)
            parts.push(provider);
    }
    const args = wiring ? wiring.passed.map((name) => `  ${name} = var.${name}\n`).join('') : '';
    parts.push(`module "dativo_runtime" {\n  source = ${hclString(root.moduleSource)}\n${args}}\n`);
    if (wiring) {
        // In code-unit order: the root's text, which its plan's fingerprint covers, is the same in
        // every locale (and no collator is set up for it).
        for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .byCodeUnits */ .CA)(a, b))) {
            const flag = sensitive ? '  sensitive = true\n' : '';
            parts.push(`output "${name}" {\n  value = module.dativo_runtime.${name}\n${flag}}\n`);
        }
    }
    return parts.join('\n');
}
/** A quoted HCL string in which nothing is interpolated. */
function hclString(text) {
    // `$$$$` in a replacement is two literal dollars: `${` becomes `$${`, which HCL reads as `${`.
    return JSON.stringify(text).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}
/** Where `terraform init` put the module of a generated root. */
async function initialisedModuleDir(root, dataDir) {
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataDir, 'modules', 'modules.json'), 'utf8'));
    const entry = manifest.Modules?.find((m) => m.Key === 'dativo_runtime');
    if (!entry)
        throw new RootError('terraform init did not install the module');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root.dir, entry.Dir);
}


/***/ }),

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
/* unused harmony export CommandLineError */
// A command line split into a program and its arguments, quoted the way a POSIX shell quotes and
// nothing more: 'single' and "double" quotes and backslash escapes group and protect characters;
// there is no expansion ($VAR, $(…), ~, globs), no pipes, redirections, `;` or `&&`, and no `#`
// comments. Such characters are passed to the program as they are.
class CommandLineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommandLineError';
    }
}
const BLANK = new Set([' ', '\t', '\n', '\r']);
/** Inside double quotes a backslash escapes only these (POSIX 2.2.3), and a line break. */
const DOUBLE_QUOTED_ESCAPES = new Set(['"', '\\', '$', '`', '\n']);
function splitCommandLine(line) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end === -1)
                throw new CommandLineError(`a single quote at character ${i + 1} is not closed`);
            word += line.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (c === '"') {
            const start = i;
            inWord = true;
            for (i++;; i++) {
                if (i >= line.length) {
                    throw new CommandLineError(`a double quote at character ${start + 1} is not closed`);
                }
                const d = line[i];
                if (d === '"')
                    break;
                const next = line[i + 1];
                if (d === '\\' && next !== undefined && DOUBLE_QUOTED_ESCAPES.has(next)) {
                    if (next !== '\n')
                        word += next;
                    i++;
                }
                else {
                    word += d;
                }
            }
        }
        else if (c === '\\') {
            const next = line[i + 1];
            if (next === undefined)
                throw new CommandLineError('it ends with a backslash');
            i++;
            // A backslash before a line break joins the lines.
            if (next === '\n')
                continue;
            word += next;
            inWord = true;
        }
        else if (BLANK.has(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw new CommandLineError('it names no program');
    return words;
}


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   WR: () => (/* binding */ Slots),
/* harmony export */   eu: () => (/* binding */ Mutex)
/* harmony export */ });
// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and slots that let at most N tasks run at once.
class Mutex {
    last = Promise.resolve();
    /** Runs `task` once every task locked before it has finished. */
    async lock(task) {
        const previous = this.last;
        let release;
        this.last = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            return await task();
        }
        finally {
            release();
        }
    }
}
/** At most `limit` holders at a time; the others wait their turn, first come first served. */
class Slots {
    free;
    waiting = [];
    constructor(limit) {
        this.free = Math.max(1, limit);
    }
    /** Waits for a slot; resolves with the function that gives it back (once, however called). */
    async acquire() {
        if (this.free > 0)
            this.free--;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        let held = true;
        return () => {
            if (!held)
                return;
            held = false;
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.free++;
        };
    }
}
/** A value worked out on first use and kept: later calls share the first call's promise. */
function once(make) {
    let made;
    return () => (made ??= make());
}


/***/ }),

/***/ 2122:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
// Telling plain data apart when it comes from JSON or YAML of unknown shape.
/** An object with keys (a mapping), not null, not a list. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 5767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment),
/* harmony export */   U: () => (/* binding */ definedOnly)
/* harmony export */ });
// The environment child processes get (Terraform and its provisioners, git, deploy-command).
/**
 * The environment without the action's inputs, and without any variable that holds the token:
 * the runner passes each input as INPUT_<NAME>, github-token included, and a workflow often
 * exports the same token as GITHUB_TOKEN or GH_TOKEN (or inside a longer value, such as a URL or
 * an Authorization header) for steps of its own. No child has any business with it: Terraform
 * runs the repository's provisioners, and deploy-command is the user's program. Git needs no
 * token here either: its push authenticates with what actions/checkout configured (an
 * `http.<url>.extraheader` in the repository's git config) or the user's credential helper.
 */
function childEnvironment(env, secrets = []) {
    const forms = secrets.flatMap((secret) => (secret ? secretForms(secret) : []));
    return Object.fromEntries(Object.entries(env).filter(([name, value]) => !/^INPUT_/i.test(name) && !(value && forms.some((form) => value.includes(form)))));
}
/**
 * The token as it may appear in a variable: as it is, and base64-encoded alone or after
 * `x-access-token:` (Basic authorization, as actions/checkout writes it). Too short a value is
 * no token and would match everything.
 */
function secretForms(secret) {
    if (secret.length < 8)
        return [];
    const base64 = (text) => Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
    // A base64 text is cut at a character boundary only every 3 bytes: the stable middle part.
    const inner = (text) => base64(text).slice(0, -2);
    return [secret, inner(secret), inner(`x-access-token:${secret}`)].filter((form) => form.length >= 8);
}
/** The environment as a child process gets it: names with a value only. */
function definedOnly(env) {
    return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined));
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cI: () => (/* binding */ ExecError),
  m0: () => (/* binding */ exec),
  mB: () => (/* binding */ execDetached)
});

// UNUSED EXPORTS: GROUP_GRACE_MS

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/util/exec.ts
// Runs a program without a shell and captures what it prints. The terraform wrapper and
// deploy-command and git (util/git.ts) build on this.




class ExecError extends Error {
    command;
    result;
    constructor(command, result) {
        const detail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        super(`${command} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'ExecError';
    }
}
/** Runs `file args…`; resolves with the exit code whatever it is (spawn failures reject). */
function exec(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        let timer;
        if (options.timeoutMs) {
            timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
        }
        const outLines = options.onLine && new LineBuffer(options.onLine);
        const errLines = options.onLine && new LineBuffer(options.onLine);
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            outLines?.add(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            errLines?.add(chunk);
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            outLines?.end();
            errLines?.end();
            const stdoutBytes = Buffer.concat(stdout);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: stdoutBytes.toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                stdoutBytes,
            });
        });
        child.stdin.on('error', () => {
            // The program may exit without reading its input; that is its business.
        });
        child.stdin.end();
    });
}
/** How often a running program's output files are read for new lines. */
const TAIL_INTERVAL_MS = 200;
/** How often a process group is looked at while what is left in it stops. */
const GROUP_POLL_MS = 20;
/** What a program leaves in its group gets this long to stop after SIGTERM, unless told. */
const GROUP_GRACE_MS = 2000;
let outputFiles = 0;
/**
 * Runs a program that must not be cut short by what happens to this process: it gets a process
 * group of its own, so a terminal's Ctrl-C reaches it only as the SIGINTs this forwards, and its
 * output goes to files, so it never dies of SIGPIPE when this process exits or is killed while
 * it works. The run's first signal interrupts it with one SIGINT (after `drainMs`, when given); a
 * later signal interrupts it at once if it was not yet; a SIGINT after that (a person pressing
 * Ctrl-C again) sends the second SIGINT, which makes Terraform exit at once. SIGTERM, the
 * runner's escalation, never does: the program is left to finish stopping, even if this process
 * is killed meanwhile. Once the program has ended, for whatever reason, whatever it started and
 * left in its group (a provisioner's background command, say) gets SIGTERM, then SIGKILL after
 * `groupGraceMs`: nothing it started outlives it. A process that left the group (`setsid`) is
 * out of reach, and so is everything when this process is killed first. Resolves with the exit
 * code whatever it is (spawn failures reject).
 */
async function execDetached(file, args, options) {
    const name = `${process.pid}-${++outputFiles}`;
    const outPath = external_node_path_default().join(options.outputDir, `${name}.stdout`);
    const errPath = external_node_path_default().join(options.outputDir, `${name}.stderr`);
    // Private files: a command's output may hold sensitive values (`terraform show -json`). Read
    // with synchronous calls: small local files, and each asynchronous one costs a trip through
    // libuv's thread pool, which adds up over the steps of many jobs.
    const tails = [];
    try {
        const outFd = (0,external_node_fs_.openSync)(outPath, 'w', 0o600);
        let errFd;
        let child;
        try {
            errFd = (0,external_node_fs_.openSync)(errPath, 'w', 0o600);
            if (options.onLine) {
                tails.push(new Tail(outPath, options.onLine), new Tail(errPath, options.onLine));
            }
            child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
                cwd: options.cwd,
                env: options.env,
                stdio: ['ignore', outFd, errFd],
                detached: !WINDOWS,
                windowsHide: true,
            });
        }
        finally {
            (0,external_node_fs_.closeSync)(outFd);
            if (errFd !== undefined)
                (0,external_node_fs_.closeSync)(errFd);
        }
        const pid = child.pid;
        const exited = new Promise((resolve, reject) => {
            child.once('error', reject);
            child.once('exit', (code, signal) => resolve({ code, signal }));
        });
        let stopped;
        const timers = [];
        const interrupt = (reason, signal) => {
            stopped ??= { reason, signal, interrupts: 0 };
            stopped.interrupts++;
            send(pid, 'SIGINT');
        };
        const onCancel = (signal, count) => {
            if (!stopped?.interrupts) {
                if (count === 1 && options.drainMs && !stopped) {
                    stopped = { reason: 'cancelled', signal, interrupts: 0 };
                    timers.push(setTimeout(() => {
                        if (!stopped.interrupts)
                            interrupt('cancelled', signal);
                    }, options.drainMs));
                    return;
                }
                interrupt('cancelled', stopped?.signal ?? signal);
            }
            else if (signal === 'SIGINT') {
                interrupt('cancelled', stopped.signal);
            }
        };
        const stopListening = options.cancellation?.onCancel(onCancel);
        if (options.cancellation?.cancelled)
            interrupt('cancelled', options.cancellation.signal);
        if (options.timeoutMs) {
            const grace = options.graceMs ?? 120_000;
            timers.push(setTimeout(() => {
                if (stopped?.interrupts)
                    return;
                interrupt('timeout', 'SIGINT');
                timers.push(setTimeout(() => interrupt('timeout', 'SIGINT'), grace), setTimeout(() => sendGroup(pid, 'SIGKILL'), 2 * grace));
            }, options.timeoutMs));
        }
        const polling = tails.length > 0
            ? setInterval(() => tails.forEach((t) => t.read()), TAIL_INTERVAL_MS)
            : undefined;
        let ended;
        try {
            ended = await exited;
        }
        finally {
            stopListening?.();
            timers.forEach((timer) => clearTimeout(timer));
            if (polling)
                clearInterval(polling);
        }
        // Before the output is read: what is left may still write to it.
        const leftBehind = await stopGroup(pid, options.groupGraceMs ?? GROUP_GRACE_MS);
        for (const tail of tails)
            tail.end();
        const stdoutBytes = (0,external_node_fs_.readFileSync)(outPath);
        return {
            exitCode: ended.code ?? 128 + signalNumber(ended.signal),
            signal: ended.signal ?? undefined,
            // A program that ended while it was still allowed to go on was not stopped.
            stopped: stopped?.interrupts ? stopped : undefined,
            leftBehind,
            stdout: stdoutBytes.toString('utf8'),
            stderr: (0,external_node_fs_.readFileSync)(errPath, 'utf8'),
            stdoutBytes,
        };
    }
    finally {
        for (const tail of tails)
            tail.close();
        removeFile(outPath);
        removeFile(errPath);
    }
}
/** Windows has no SIGINT to send: there the console's Ctrl-C reaches the program itself. */
const WINDOWS = process.platform === 'win32';
function send(pid, signal) {
    if (pid === undefined || (WINDOWS && signal !== 'SIGKILL'))
        return;
    try {
        process.kill(pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Signals every process of the group `pid` leads; false when none is left to signal. */
function sendGroup(pid, signal) {
    if (pid === undefined)
        return false;
    if (WINDOWS) {
        if (signal === 'SIGKILL')
            send(pid, signal);
        return false;
    }
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Whether a process of the group is still running. A process that ended but that no one has
 * waited for (a container's first process may never) can still be signalled: on Linux, /proc
 * tells those apart.
 */
function groupRunning(pid) {
    if (!sendGroup(pid, 0))
        return false;
    if (process.platform !== 'linux')
        return true;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        const code = entry.charCodeAt(0);
        if (code < 0x30 || code > 0x39)
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'latin1');
        }
        catch {
            continue;
        }
        // pid (comm) state ppid pgrp …: the command name may hold spaces and parentheses.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ', 3);
        if (Number(fields[2]) === pid && fields[0] !== 'Z' && fields[0] !== 'X')
            return true;
    }
    return false;
}
/**
 * After the program has ended: SIGTERM to what it left running in its process group, then, if
 * anything is still there after `graceMs`, SIGKILL. The group keeps its number while any of its
 * processes lives, so no other process can be reached by it.
 */
async function stopGroup(pid, graceMs) {
    if (pid === undefined || WINDOWS || !groupRunning(pid))
        return undefined;
    sendGroup(pid, 'SIGTERM');
    if (await groupGone(pid, graceMs))
        return 'terminated';
    sendGroup(pid, 'SIGKILL');
    // SIGKILL cannot be refused, but takes a moment to land.
    await groupGone(pid, GROUP_GRACE_MS);
    return 'killed';
}
/** Waits up to `ms` for the group to have no process running; whether it came to that. */
async function groupGone(pid, ms) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
        if (!groupRunning(pid))
            return true;
    }
    return false;
}
function removeFile(file) {
    try {
        (0,external_node_fs_.unlinkSync)(file);
    }
    catch {
        // Never made, or already gone.
    }
}
function signalNumber(signal) {
    const numbers = {
        SIGHUP: 1,
        SIGINT: 2,
        SIGQUIT: 3,
        SIGKILL: 9,
        SIGSEGV: 11,
        SIGPIPE: 13,
        SIGTERM: 15,
    };
    return (signal && numbers[signal]) || 0;
}
/** New lines of a file another process is writing, read with synchronous calls. */
class Tail {
    lines;
    position = 0;
    fd;
    static buffer = Buffer.alloc(64 * 1024);
    constructor(file, onLine) {
        this.lines = new LineBuffer(onLine);
        this.fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    /** Reads what was written since the last time. */
    read() {
        if (this.fd === undefined)
            return;
        const buffer = Tail.buffer;
        for (;;) {
            const bytesRead = (0,external_node_fs_.readSync)(this.fd, buffer, 0, buffer.length, this.position);
            if (bytesRead === 0)
                return;
            this.position += bytesRead;
            this.lines.add(buffer.subarray(0, bytesRead));
        }
    }
    end() {
        this.read();
        this.lines.end();
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** Bytes in, whole lines out: a character split across chunks is decoded once it is complete. */
class LineBuffer {
    emit;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    pending = '';
    constructor(emit) {
        this.emit = emit;
    }
    add(chunk) {
        const lines = (this.pending + this.decoder.write(chunk)).split(/\r?\n/);
        this.pending = lines.pop();
        for (const line of lines)
            this.emit(line);
    }
    end() {
        const rest = this.pending + this.decoder.end();
        if (rest)
            this.emit(rest);
        this.pending = '';
    }
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5767);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7206);
// The one wrapper around the git program. Git here never reads its standard input (content goes
// in files): util/exec gives it an empty, closed one. Not @actions/exec, whose module and PATH
// lookup cost every run's start-up about 10 ms (node:assert with it) for what util/exec does.


class Git {
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    /** Runs git; a non-zero exit is an ExecError. */
    async run(args) {
        const result = await this.tryRun(args);
        if (result.exitCode !== 0)
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_0__/* .ExecError */ .cI(`git ${args[0]}`, result);
        return result;
    }
    /** Runs git and hands back the exit code, whatever it is. */
    async tryRun(args) {
        // No pager, no prompts for credentials: a run must never wait for a person.
        return (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)('git', ['-c', 'core.quotepath=off', ...args], {
            cwd: this.cwd,
            env: (0,_env_js__WEBPACK_IMPORTED_MODULE_1__/* .definedOnly */ .U)({ ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }),
        });
    }
    /** The same repository with more environment (e.g. a GIT_INDEX_FILE) or another folder. */
    with(change) {
        return new Git(change.cwd ?? this.cwd, { ...this.env, ...change.env });
    }
    /** A blob's exact bytes. */
    async readBlob(sha) {
        const result = await this.run(['cat-file', 'blob', sha]);
        return result.stdoutBytes ?? Buffer.from(result.stdout, 'utf8');
    }
    async hasCommit(sha) {
        if (!/^[0-9a-f]{7,64}$/i.test(sha))
            return false;
        return (await this.tryRun(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0;
    }
    async isRepository() {
        return (await this.tryRun(['rev-parse', '--git-dir'])).exitCode === 0;
    }
    /**
     * Files added, copied, modified, renamed or changed in type between two commits (`base...head`
     * compares against their merge base, as a pull request does). Deleted files are left out,
     * unless `filter` asks for them (`D`: the deleted files alone).
     */
    async changedFiles(base, head, mergeBase, filter = 'ACMRT') {
        const range = mergeBase ? `${base}...${head}` : `${base}..${head}`;
        const { stdout } = await this.run([
            'diff',
            '--name-only',
            '--no-renames',
            `--diff-filter=${filter}`,
            '-z',
            range,
            '--',
        ]);
        return stdout.split('\0').filter(Boolean);
    }
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ reallyWithin),
/* harmony export */   Ye: () => (/* binding */ realPath),
/* harmony export */   Yn: () => (/* binding */ relativePosix),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Path checks shared by every stage that takes a path from a user or a config.


/**
 * The path of `target` relative to `root` with forward slashes, or undefined when it lies outside
 * `root` (a name such as `..schema.json` is inside; `../x` is not).
 */
function within(root, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return undefined;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/** A path relative to `from`, with forward slashes, as findings and reports name files. */
function relativePosix(from, to) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(from, to).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * Where `target` really is: links resolved in the part of it that exists, the rest (folders not
 * made yet) appended as written.
 */
function realPath(target) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target);
    const rest = [];
    for (let current = absolute;; current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current)) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...rest.reverse());
        }
        catch (error) {
            const code = error.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current) === current)
                throw error;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
        }
    }
}
/**
 * The path of `target` relative to the workspace, links resolved in both, or undefined when it
 * really lies outside (a link leading out counts as outside, whatever its name says).
 */
function reallyWithin(workspace, target) {
    return within(realPath(workspace), realPath(target));
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export sleep */
// The one place that retries: bounded attempts, exponential backoff with jitter, and a say in
// which failures are worth another try (a 502 is, a 404 or a bad signature is not).
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(action, options) {
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await action(attempt);
        }
        catch (error) {
            const retryable = options.retryable ? options.retryable(error) : true;
            if (!retryable || attempt >= options.attempts)
                throw error;
            const backoff = Math.min(options.baseDelayMs * 2 ** (attempt - 1), options.maxDelayMs ?? 30_000);
            const asked = options.delayFor?.(error);
            const delay = asked !== undefined
                ? Math.min(asked, options.maxDelayMs ?? 60_000)
                : backoff + Math.random() * backoff * 0.25;
            options.onRetry?.(error, attempt, delay);
            await wait(delay);
        }
    }
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ secretTexts),
/* harmony export */   ty: () => (/* binding */ scrubber),
/* harmony export */   ye: () => (/* binding */ maskForms)
/* harmony export */ });
/* unused harmony exports MIN_PART_LENGTH, MIN_WHOLE_LENGTH */
/* harmony import */ var _resolve_render_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5538);
// Which texts of a sensitive value are hidden, and in which printed forms. A value is hidden in
// every form the product prints it (raw, JSON, YAML-quoted as resolution writes it, line by line);
// the small scalars of a structure are not, since `5432`, `true` or `dev` hidden across a whole
// log would blank every port, flag and environment name without hiding anything secret.

/** A string inside a map or list is hidden from this length on. */
const MIN_PART_LENGTH = 8;
/** The whole sensitive value, or a line of it, is hidden from this length on. */
const MIN_WHOLE_LENGTH = 4;
/** The texts to hide for a sensitive value (before their printed forms, see maskForms). */
function secretTexts(value) {
    if (value === null || value === undefined || typeof value === 'boolean')
        return [];
    if (typeof value === 'string')
        return value.length >= MIN_WHOLE_LENGTH ? [value] : [];
    // A number alone is hidden only when long enough not to be a port, a count or a size.
    if (typeof value === 'number')
        return String(value).length >= 6 ? [String(value)] : [];
    if (typeof value !== 'object')
        return [];
    const texts = new Set([JSON.stringify(value)]);
    try {
        texts.add((0,_resolve_render_js__WEBPACK_IMPORTED_MODULE_0__/* .flowSource */ .uU)(value));
    }
    catch {
        // Not writable as YAML (e.g. a non-finite number): resolution never prints it either.
    }
    for (const part of parts(value))
        if (part.length >= MIN_PART_LENGTH)
            texts.add(part);
    return [...texts];
}
function parts(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(parts);
    if (typeof value === 'object' && value !== null)
        return Object.values(value).flatMap(parts);
    return [];
}
/**
 * Every form in which the product may print `text`: as it is, each of its lines, escaped for JSON
 * and YAML double quotes (as resolution writes a scalar or a span inside one), and doubled single
 * quotes. Longest first, so a replacement never leaves part of a longer form behind.
 */
function maskForms(text) {
    const forms = new Set();
    const add = (form, min = 1) => {
        if (form.length >= min)
            forms.add(form);
    };
    add(text);
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length > 1)
        for (const line of lines)
            add(line.trim(), MIN_WHOLE_LENGTH);
    add((0,_resolve_render_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonString */ .I)(text).slice(1, -1));
    const yamlQuoted = (0,_resolve_render_js__WEBPACK_IMPORTED_MODULE_0__/* .doubleQuoted */ .UN)(text, { inFlow: false, eol: '\n' });
    if (yamlQuoted.startsWith('"'))
        add(yamlQuoted.slice(1, -1));
    add(text.replace(/'/g, "''"));
    return [...forms].sort((a, b) => b.length - a.length);
}
/** A function that replaces every form of every secret with `***`; apply it before escaping. */
function scrubber(secrets) {
    const forms = [...new Set(secrets.flatMap(maskForms))].sort((a, b) => b.length - a.length);
    if (forms.length === 0)
        return (text) => text;
    return (text) => {
        let clean = text;
        for (const form of forms)
            if (clean.includes(form))
                clean = clean.split(form).join('***');
        return clean;
    };
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ byCodeUnits),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   VL: () => (/* binding */ messageLines),
/* harmony export */   eG: () => (/* binding */ levenshtein),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// Small wording helpers every report uses.
/**
 * Orders strings by UTF-16 code units, as `sort()` does without a comparator: the same order on
 * every machine and locale, unlike `localeCompare`.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `1 config`, `2 configs`. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A message's lines (Terraform's errors have several), without trailing blank ones. */
function messageLines(message) {
    return message.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
}
/** The candidate a typo most likely meant, if any is close enough. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3))
        ? best
        : undefined;
}
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 6093:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
exports.Sj = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
exports.DB = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 7743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TI: () => (/* binding */ glob)
});

// UNUSED EXPORTS: convertPathToPattern, escapePath, globSync, isDynamicPattern

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
// EXTERNAL MODULE: external "module"
var external_module_ = __nccwpck_require__(3339);
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/publish/workflow-commands.ts
var workflow_commands_namespaceObject = {};
__nccwpck_require__.r(workflow_commands_namespaceObject);
__nccwpck_require__.d(workflow_commands_namespaceObject, {
  appendSummary: () => (appendSummary),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/publish/workflow-commands.ts
// The runner's workflow commands and files, written exactly as @actions/core writes them (the same
// escaping, the same delimiters), for what the action uses: log lines, annotations, groups, masks,
// inputs, outputs, the job summary and the step's failure. Not @actions/core itself: on every
// start it loads its OIDC client, and with it @actions/http-client and undici (some 800 KB), a
// quarter of the action's start-up, though the action never asks for an identity token. The
// toolkit's network stack now loads only with the code that makes a request (tool-cache,
// @actions/github), which carries @actions/core along for its own use.
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands



/** `::command key=value,…::message` on standard output. */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    // A space after the name whenever properties are given, set or not, as @actions/core writes.
    if (Object.keys(properties).length > 0) {
        text += ` ${Object.entries(properties)
            .filter(([, value]) => value)
            .map(([key, value]) => `${key}=${escapeProperty(value)}`)
            .join(',')}`;
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(input) {
    return commandValue(input).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(input) {
    return escapeData(input).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotation(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Masks the value in the log from now on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** The step fails when the process exits; the message is an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The input's value from INPUT_<NAME>, trimmed; empty when it is not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** An output of the step, into GITHUB_OUTPUT (or the old `set-output` command without it). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, commandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    // A delimiter found in the name or the value would end the value early.
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, {
        encoding: 'utf8',
    });
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY), as @actions/core's summary.write does. */
function appendSummary(text) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, text);
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __nccwpck_require__(9556);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/policy.ts
// The `schema` input: an organisation's own JSON Schema every config must also satisfy.



async function loadPolicySchema(absolutePath, displayPath) {
    let text;
    try {
        text = await (0,promises_.readFile)(absolutePath, 'utf8');
    }
    catch (error) {
        throw new findings/* InputError */.dz('schema', `cannot read ${displayPath}: ${error.message}`);
    }
    let schema;
    try {
        schema = /\.ya?ml$/i.test(absolutePath)
            ? (0,dist/* parse */.qg)(text, { logLevel: 'error' })
            : JSON.parse(text);
    }
    catch (error) {
        throw new findings/* InputError */.dz('schema', `${displayPath} is not valid JSON or YAML: ${error.message}`);
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        throw new findings/* InputError */.dz('schema', `${displayPath} must hold a JSON Schema object`);
    }
    // Ajv compiles at run time only for a policy; the job schema is compiled at build time.
    const [{ default: Ajv2020 }, { default: addFormats }, { default: addErrors }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23)), Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23)), Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(966)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3966, 23))]);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false, allowUnionTypes: true });
    addFormats.default(ajv);
    addErrors.default(ajv);
    let compiled;
    try {
        compiled = ajv.compile(schema);
    }
    catch (error) {
        throw new findings/* InputError */.dz('schema', `${displayPath} is not a valid JSON Schema: ${error.message}`);
    }
    return {
        path: displayPath,
        schema: schema,
        validate(data) {
            return compiled(data) ? [] : (compiled.errors ?? []);
        },
    };
}

// EXTERNAL MODULE: ./src/config/read.ts
var read = __nccwpck_require__(2000);
// EXTERNAL MODULE: ./src/config/validate.ts + 6 modules
var validate = __nccwpck_require__(9572);
// EXTERNAL MODULE: ./src/discover/discover.ts
var discover = __nccwpck_require__(6472);
// EXTERNAL MODULE: ./src/discover/repository.ts
var discover_repository = __nccwpck_require__(3639);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __nccwpck_require__(6584);
;// CONCATENATED MODULE: ./src/publish/progress.ts
// Progress of the Terraform jobs of a run, line by line as it happens: a start line and an end
// line per job (`[3/60] stripe-customers-etl: plan +10 ~0 -0 (41 s)`), and while a Terraform
// command runs, a heartbeat every interval (`[3/60] stripe-customers-etl: apply still running
// (2m 30s)`), so a long run always says what it is doing. The lines go to a sink of their own:
// the action's log outside any group, the CLI's standard error or its status line.
/** Thirty seconds between heartbeats, as a person watching a log expects. */
const HEARTBEAT_MS = 30_000;
class Progress {
    total;
    sink;
    options;
    now;
    constructor(total, sink, options) {
        this.total = total;
        this.sink = sink;
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    /** The progress of the job at `position` (1-based) of this run's Terraform jobs. */
    job(position, jobName) {
        return new JobProgress(`[${position}/${this.total}] ${jobName}`, this.sink, {
            ...this.options,
            now: this.now,
        });
    }
}
class JobProgress {
    prefix;
    sink;
    options;
    startedAt;
    constructor(prefix, sink, options) {
        this.prefix = prefix;
        this.sink = sink;
        this.options = options;
        this.startedAt = options.now();
    }
    /** `[3/60] name: plan started`. */
    start(what) {
        this.startedAt = this.options.now();
        this.sink.line(`${this.prefix}: ${what} started`, 'start');
    }
    /** Waits for a Terraform command, saying every interval that it still runs. */
    async running(command, work) {
        const began = this.options.now();
        const timer = setInterval(() => {
            const elapsed = formatDuration(this.options.now() - began);
            this.sink.line(`${this.prefix}: ${command} still running (${elapsed})`, 'heartbeat');
        }, this.options.intervalMs);
        try {
            return await work;
        }
        finally {
            clearInterval(timer);
        }
    }
    /** `[3/60] name: plan +10 ~0 -0 (41 s)`: what the job came to, and how long it took. */
    end(result) {
        const took = formatDuration(this.options.now() - this.startedAt);
        this.sink.line(`${this.prefix}: ${result} (${took})`, 'end');
    }
}
/** `41 s` under a minute, `2m 30s` under an hour, `1h 5m` beyond. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${seconds % 60}s`;
    return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
/**
 * The heartbeat interval a run uses: HEARTBEAT_MS, or DATIVO_PROGRESS_INTERVAL seconds from the
 * environment (so tests need not wait thirty seconds for a heartbeat).
 */
function heartbeatInterval(env) {
    const asked = Number(env.DATIVO_PROGRESS_INTERVAL);
    return Number.isFinite(asked) && asked > 0 ? Math.max(100, asked * 1000) : HEARTBEAT_MS;
}

// EXTERNAL MODULE: ./src/tags/convert.ts
var convert = __nccwpck_require__(9586);
// EXTERNAL MODULE: ./src/publish/commit-plan.ts
var commit_plan = __nccwpck_require__(8244);
// EXTERNAL MODULE: ./src/util/env.ts
var util_env = __nccwpck_require__(5767);
// EXTERNAL MODULE: ./src/terraform/cli.ts
var cli = __nccwpck_require__(410);
// EXTERNAL MODULE: ./src/terraform/install/system.ts
var system = __nccwpck_require__(2523);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __nccwpck_require__(3968);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __nccwpck_require__(3731);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __nccwpck_require__(4964);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The stages of CONTRACT §1, in order, for one run. Nothing here knows whether it runs as the
// action or the CLI: both front doors build RunOptions and the deps, then call runPipeline.




















/** What both front doors hand the pipeline: git in the workspace, GitHub's API with a token. */
function pipelineDeps(options, context, reporter, env, extra = {}) {
    const token = options.githubToken;
    const children = (0,util_env/* childEnvironment */.Q)(env, [token]);
    return {
        ...extra,
        reporter,
        env: children,
        progress: { line: (text) => reporter.info(text) },
        heartbeatMs: heartbeatInterval(env),
        git: new git/* Git */.T(options.workspace, children),
        api: token ? new client/* GitHubClient */.jh({ baseUrl: context.apiUrl, token, log: reporter }) : undefined,
    };
}
async function runPipeline(options, context, deps) {
    const { reporter } = deps;
    deps.cancellation?.onCancel((signal, count) => {
        if (count > 1)
            return;
        reporter.info(`Cancelling (${signal}): no new job or Terraform command starts. A running terraform apply goes on for ${cli.APPLY_DRAIN_MS / 1000} s so that the calls it has in flight return, then stops gracefully, saving its state and releasing its lock; SIGINT again interrupts it at once.`);
        // The runner kills the step 10 s after its SIGINT: what the comment needs from GitHub first
        // (the API client, and who the token is, a GraphQL query) is had while Terraform stops. The
        // API's writes go at least a second apart, so the comment then waits for neither.
        if (options.commentOnPr && deps.api && (0,github_context/* pullRequestOf */._n)(context))
            void deps.api.identity();
    });
    if (options.mode === 'resolve')
        return resolveMode(options, context, deps);
    // The Terraform stage's code loads while the configs are found and validated, which mostly
    // wait for git; a module that cannot load fails where it is used.
    if (options.mode !== 'validate')
        void terraformStageModules().catch(() => { });
    // `terraform-version: system` only asks the terraform on PATH for its version, a process of its
    // own: it does so while the configs are found and validated.
    const systemTerraform = options.mode !== 'validate' && options.terraformVersion.trim().toLowerCase() === 'system'
        ? settleLater((0,system.systemTerraform)(deps.env, process.platform))
        : undefined;
    const discovery = await reporter.group('Discover job configs', async () => {
        const found = await (0,discover/* discoverConfigs */.X)({ workspace: options.workspace, patterns: options.configs, changedOnly: options.changedOnly }, context, { api: deps.api, git: deps.git, debug: (message) => reporter.debug(message) });
        reporter.info(found.reason);
        for (const notice of found.notices ?? [])
            reporter.notice(notice);
        for (const warning of found.warnings)
            reporter.warning(warning);
        return found;
    });
    const policy = options.schemaPath
        ? await loadPolicySchema(options.schemaPath, (0,paths/* within */.ux)(options.workspace, options.schemaPath))
        : undefined;
    const report = {
        mode: options.mode,
        configs: [],
        discovery: discovery.reason,
        hasChanges: false,
        failures: [],
        secrets: [],
        removed: [],
    };
    // The platform policy in force; a policy that cannot be vouched for stops every Terraform command.
    let platformPolicy;
    let policyRefusal;
    if (options.policyFile) {
        // Loaded only with a policy: its compiled schema is no start-up cost for the others.
        const { readPolicy } = await __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 9759));
        const read = await readPolicy(options.policyFile, options.workspace, context, deps);
        for (const finding of read.ok ? read.notices : read.findings)
            reporter.finding(finding);
        if (read.ok) {
            platformPolicy = read.policy;
            report.policy = {
                file: read.policy.file,
                source: read.policy.source,
                changedHere: read.changed === true,
            };
            reporter.info(`Platform policy: ${read.policy.file} as ${read.policy.source} has it`);
            if (read.proposedProblem) {
                report.failures.push(read.proposedProblem);
                reporter.error(read.proposedProblem);
            }
        }
        else if (discovery.files.length > 0) {
            policyRefusal = read.problem;
            report.failures.push(read.problem);
            reporter.error(read.problem);
        }
        else {
            // Nothing to check (a pull request that only brings the policy file, say): said, not failed.
            policyRefusal = read.problem;
            reporter.warning(read.problem);
        }
    }
    const reader = new read/* ConfigReader */.o(options.workspace);
    const count = discovery.files.length;
    // Each config's claim, kept compactly as it is validated (repository.ts).
    const claims = new discover_repository/* RepositoryConfigs */.GU(options.workspace);
    // git lists the repository's files while the configs are validated.
    const listing = (0,discover_repository/* listRepositoryFiles */.u4)(options.workspace, deps.git, (message) => reporter.debug(message));
    const repository = await reporter.group(`Validate ${(0,util_text/* plural */.LS)(count, 'job config')}`, async () => {
        // One config at a time, read synchronously (read.ts says why), its document dropped once its
        // findings, claim and record are taken: memory stays flat however many configs a run has.
        for (const file of discovery.files) {
            const read = reader.readSync(file);
            const validation = (0,validate/* validateRead */.x)(file, read, {
                defaultTags: options.defaultTags,
                policy,
                platformPolicy,
                // Validate mode runs no later stage: no job is built.
                jobs: options.mode !== 'validate',
            });
            for (const finding of validation.findings)
                reporter.finding(finding);
            report.configs.push(configRun(validation, options, read));
            claims.add(file, validation.claim);
        }
        // Every config in the repository, read once: one job_name, one config, before any Terraform.
        const repository = await (0,discover_repository/* readRepositoryConfigs */.nx)(options.workspace, claims, {
            git: deps.git,
            reader,
            listing,
            outputDir: options.outputDir,
            debug: (message) => reporter.debug(message),
        });
        // Looked up only when configs share a job_name.
        let selected;
        const byFile = () => (selected ??= new Map(report.configs.map((run) => [run.file, run])));
        const isSelected = { has: (file) => byFile().has(file) };
        for (const finding of (0,discover_repository/* sharedJobNameFindings */.Qu)(repository, isSelected, reader)) {
            const run = byFile().get(finding.file);
            if (run)
                Object.assign(run, { valid: false, job: undefined });
            atFile(report, reporter, finding, run);
        }
        if (options.mode !== 'validate' && !policyRefusal) {
            const { preflightRuns } = await Promise.all(/* import() */[__nccwpck_require__.e(690), __nccwpck_require__.e(519)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8519));
            await preflightRuns(report.configs, { ...options, env: deps.env }, reporter);
        }
        return repository;
    });
    const runnable = report.configs.filter((run) => run.job);
    if ((options.mode === 'plan' || options.mode === 'apply') && runnable.length > 0) {
        // For the reports: each job's tags as the base commit gave them, to show what changes.
        const { compareTagsWithBase } = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.bind(__nccwpck_require__, 8474));
        await compareTagsWithBase(runnable, options, context, {
            api: deps.api,
            git: deps.git,
            debug: (message) => reporter.debug(message),
        }).catch((error) => reporter.debug(`tags at the base: ${error.message}`));
    }
    // A drift run looks at the jobs as they are; removing jobs is the merge's business.
    const destroy = (options.mode === 'plan' || options.mode === 'apply') && !policyRefusal
        ? await Promise.all(/* import() */[__nccwpck_require__.e(707), __nccwpck_require__.e(690), __nccwpck_require__.e(322), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8662))
        : undefined;
    try {
        if (destroy) {
            report.removed = await destroy.removedJobs(options, context, {
                ...deps,
                repository,
                atFile: (finding) => atFile(report, reporter, finding),
            });
        }
        else if (options.mode === 'validate' && discovery.basis === 'changed') {
            const skipped = report.configs
                .filter((run) => run.skipped && run.valid)
                .map((run) => run.file);
            report.mayRemove = [...(discovery.deleted ?? []), ...skipped].sort();
        }
        const removals = (report.removed ?? []).filter((run) => !run.leftRunning && (options.mode === 'plan' || options.destroyRemoved));
        if (options.mode !== 'validate' && policyRefusal) {
            reporter.info('No Terraform command runs: the platform policy in force could not be read');
        }
        else if (options.mode !== 'validate' && runnable.length === 0 && removals.length === 0) {
            reporter.info('No valid job config to run Terraform for');
        }
        else if (options.mode !== 'validate') {
            const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(deps.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'dativo-infra-'));
            try {
                const outputs = await terraformStages(runnable, removals, report, options, context, deps, workDir, reader, systemTerraform, platformPolicy);
                if (options.mode === 'apply')
                    await publishResolved(runnable, outputs, report, options, context, deps);
                // After a cancellation nothing new starts, issues included: the next run keeps them.
                if (options.mode === 'drift' && deps.driftIssues && !deps.cancellation?.cancelled)
                    await driftIssues(report, context, deps);
            }
            finally {
                await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch((error) => reporter.warning(`The run's temporary folder ${workDir} could not be removed (${error.message}): remove it`));
            }
        }
    }
    catch (error) {
        // Whatever went wrong, what the run did so far is still reported (outputs, summary, comment).
        reporter.debug(error.stack ?? String(error));
        const failure = `The run stopped early: ${error.message}`;
        report.failures.push(failure);
        reporter.error(failure);
    }
    const cancelled = deps.cancellation?.signal;
    if (cancelled) {
        const cut = report.configs.filter((run) => run.findings.some((f) => f.rule === 'cancelled' && f.severity === 'error')).length;
        const failure = `The run was cancelled (${cancelled})${cut > 0 ? `: ${(0,util_text/* plural */.LS)(cut, 'job')} interrupted (see each config)` : ''}; run it again to finish`;
        report.failures.push(failure);
        reporter.error(failure);
    }
    if (options.mode === 'apply')
        destroy?.leftRunning(report, options, reporter);
    if (options.mode === 'plan' && deps.api && (0,github_context/* pullRequestOf */._n)(context)) {
        const { recordReviewedPlans } = await __nccwpck_require__.e(/* import() */ 784).then(__nccwpck_require__.bind(__nccwpck_require__, 9784));
        report.reviewRecord = await recordReviewedPlans(deps.api, report, context);
        const record = report.reviewRecord;
        if (record?.problem)
            reporter.warning(`The plans were not recorded for review: ${record.problem}`);
        else if (record && record.omitted > 0)
            reporter.warning(`The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with require-reviewed-plan will not apply the others`);
        else if (record)
            reporter.info(`Reviewed plans recorded: ${(0,util_text/* plural */.LS)(record.recorded, 'plan')}`);
    }
    if (options.commentOnPr && (0,github_context/* pullRequestOf */._n)(context))
        await comment(report, context, deps);
    return report;
}
// Loaded on demand, not at start-up: validate mode, the common case, never needs them.
const terraformStageModules = (0,concurrency/* once */.Oo)(() => Promise.all([
    __nccwpck_require__.e(/* import() */ 264).then(__nccwpck_require__.bind(__nccwpck_require__, 6264)),
    Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 410)),
    Promise.all(/* import() */[__nccwpck_require__.e(707), __nccwpck_require__.e(690), __nccwpck_require__.e(322)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4322)),
    Promise.all(/* import() */[__nccwpck_require__.e(707), __nccwpck_require__.e(246)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7246)),
    __nccwpck_require__.e(/* import() */ 642).then(__nccwpck_require__.bind(__nccwpck_require__, 6642)),
    __nccwpck_require__.e(/* import() */ 782).then(__nccwpck_require__.bind(__nccwpck_require__, 9782)),
]));
const afterApplyModules = (0,concurrency/* once */.Oo)(() => Promise.all([__nccwpck_require__.e(/* import() */ 523).then(__nccwpck_require__.bind(__nccwpck_require__, 4904)), __nccwpck_require__.e(/* import() */ 707).then(__nccwpck_require__.bind(__nccwpck_require__, 7707))]));
/**
 * Pipeline steps 3–6 for the valid jobs: install Terraform, run it per job, then resolve the
 * placeholders (apply) or preview them (plan). Returns each applied job's outputs by config.
 */
async function terraformStages(runs, removals, report, options, context, deps, workDir, reader, systemTerraform, platformPolicy) {
    const { reporter } = deps;
    const applied = new Map();
    const cancelled = deps.cancellation?.signal;
    if (cancelled) {
        for (const run of runs) {
            const message = `Not run: the run was cancelled (${cancelled}) before this job started`;
            record(reporter, run, [atJob(run, 'warning', 'cancelled', message)]);
        }
        return applied;
    }
    const [{ installTerraform }, { automationEnv, TerraformCli }, { runTerraformJobs }, { resolveJob }, { SENSITIVE }, { cacheAtEnd, cacheAtStart, PluginCache, providerPackages },] = await terraformStageModules();
    // What apply mode needs after Terraform loads while Terraform runs.
    if (options.mode === 'apply')
        void afterApplyModules().catch(() => { });
    const installed = await reporter.group('Install Terraform', async () => {
        try {
            const terraform = systemTerraform
                ? await systemTerraform()
                : await installTerraform({ version: options.terraformVersion, mirror: options.terraformMirror }, { log: reporter, env: deps.env });
            reporter.info(`terraform ${terraform.version} (${terraform.source}): ${terraform.path}`);
            return terraform;
        }
        catch (error) {
            // A problem of the runner, not of any config: one error for the run, none at the configs.
            // No job runs, and the run still reports in full.
            const message = `Terraform could not be installed, so no job ran: ${error.message}`;
            report.failures.push(message);
            reporter.error(message);
            for (const removed of removals)
                removed.leftRunning = 'Terraform could not be installed';
            for (const run of runs)
                run.terraformFailed = true;
            return undefined;
        }
    });
    if (!installed)
        return applied;
    // The plugin cache is shared by every job of the run, inits running side by side included.
    const pluginCacheDir = deps.env.TF_PLUGIN_CACHE_DIR || external_node_path_default().join(workDir, 'plugin-cache');
    const pluginCache = await PluginCache.open(pluginCacheDir, options.parallelism > 1, workDir);
    const cachedBefore = await providerPackages(pluginCache.folder);
    reporter.info(cacheAtStart(pluginCacheDir, Boolean(deps.env.TF_PLUGIN_CACHE_DIR), cachedBefore));
    // Only with pass-token-to-terraform, for roots using the integrations/github provider.
    const terraformEnv = options.passTokenToTerraform && options.githubToken
        ? { ...deps.env, GITHUB_TOKEN: options.githubToken }
        : deps.env;
    const terraform = new TerraformCli(installed.path, automationEnv(terraformEnv), {
        timeoutMs: options.terraformTimeoutMs,
        cancellation: deps.cancellation,
    });
    const review = options.mode === 'apply' && options.requireReviewedPlan
        ? await (await __nccwpck_require__.e(/* import() */ 739).then(__nccwpck_require__.bind(__nccwpck_require__, 4739))).reviewedPlansGate(deps.api, context, reporter)
        : undefined;
    // One count for the run: removed jobs' destroys first (a renamed job's old runtime goes before
    // its new one is made), then the configs.
    const progress = new Progress(removals.length + runs.length, deps.progress, {
        intervalMs: deps.heartbeatMs,
    });
    const stageDeps = {
        reporter,
        terraform,
        pluginCache,
        review,
        workDir: external_node_path_default().join(workDir, 'jobs'),
        cancellation: deps.cancellation,
        stateDir: deps.stateDir,
    };
    if (removals.length > 0) {
        const { destroyRemoved } = await Promise.all(/* import() */[__nccwpck_require__.e(707), __nccwpck_require__.e(690), __nccwpck_require__.e(322), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8662));
        await destroyRemoved(removals, report, options, {
            ...stageDeps,
            workDir: external_node_path_default().join(workDir, 'removed'),
            destroy: true,
            progress: (index, job) => progress.job(index + 1, job.jobName),
        });
    }
    // A rollout starts the jobs in its own order and holds each back until its turn.
    const rollout = options.mode === 'apply' && options.rollout === 'canary' && runs.length > 0
        ? await startRollout(runs, report, options, deps)
        : undefined;
    const ordered = rollout?.ordered ?? runs;
    const outcomes = await runTerraformJobs(ordered.map((run) => run.job), options, {
        ...stageDeps,
        policy: platformPolicy,
        gate: rollout?.gate,
        progress: (index, job) => progress.job(removals.length + index + 1, job.jobName),
    });
    if (rollout) {
        for (const run of ordered)
            run.rollout = rollout.gate.role(run.file);
        report.rollout.stopped = rollout.gate.stopped?.message;
    }
    if (deps.env.TF_PLUGIN_CACHE_DIR) {
        const added = cacheAtEnd(cachedBefore, await providerPackages(pluginCache.folder));
        if (added)
            reporter.info(added);
    }
    const { driftFindings } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8558));
    await reporter.group(options.mode === 'apply'
        ? 'Resolve placeholders'
        : options.mode === 'drift'
            ? 'Drift'
            : 'Preview placeholders', async () => {
        for (const [index, outcome] of outcomes.entries()) {
            const run = ordered[index];
            record(reporter, run, outcome.findings);
            run.changes = outcome.changes;
            run.plan = outcome.plan;
            run.planText = outcome.planText;
            run.destroys = outcome.destroys;
            run.fingerprint = outcome.fingerprint;
            run.notReviewed = outcome.refused;
            run.planRefused = outcome.planRefused;
            run.terraformFailed =
                !outcome.ok && !outcome.refused && !outcome.planRefused && !outcome.held;
            report.hasChanges ||= outcome.hasChanges;
            report.secrets.push(...outcome.secrets);
            if (outcome.outputs) {
                applied.set(run.file, outcome.outputs);
                run.sensitiveOutputs = Object.keys(outcome.outputs).filter((name) => outcome.outputs[name].sensitive);
                run.outputs = Object.fromEntries(Object.entries(outcome.outputs).map(([name, output]) => [
                    name,
                    output.sensitive ? SENSITIVE : output.value,
                ]));
            }
            if (outcome.drift) {
                run.drift = {
                    ...outcome.drift,
                    healed: outcome.healed === true,
                    healFailed: outcome.healStarted === true && !outcome.healed,
                };
                record(reporter, run, driftFindings(run, run.drift, options.healTagDrift));
            }
            // On any Terraform failure nothing of the job is written (CONTRACT §7); a drift run
            // changes no config.
            if (!outcome.ok || options.mode === 'drift')
                continue;
            // A config that cannot be resolved or written fails alone; the others still are.
            let findings;
            try {
                findings = await resolveJob({ run, outputs: outcome.outputs, planned: outcome.plannedOutputs }, options, reader);
            }
            catch (error) {
                reporter.debug(error.stack ?? String(error));
                const message = `Placeholders not resolved: ${error.message}`;
                findings = [atJob(run, 'error', 'resolve-failed', message)];
            }
            record(reporter, run, findings);
            printDiff(reporter, run.resolutionDiff);
        }
    });
    return applied;
}
/**
 * Pipeline steps 7–8 in apply mode: commit the resolved configs back, then run deploy-command
 * for each (CONTRACT §8). A refused commit fails the step; a failed deploy fails its config.
 */
async function publishResolved(runs, outputs, report, options, context, deps) {
    const { reporter } = deps;
    const resolved = runs.filter((run) => run.resolved && run.resolvedPath);
    const cancelled = deps.cancellation?.signal;
    if (cancelled) {
        // Nothing new starts after a cancellation; the values are in the report and in the state.
        if (resolved.length > 0) {
            reporter.warning(`Commit-back and deploy-command skipped: the run was cancelled (${cancelled}). The resolved values are in the job summary and the results output; the next run writes them again from the state`);
        }
        return;
    }
    const [{ commitBack, CommitBackError }, { resolveConfig }] = await afterApplyModules();
    const byPath = new Map(resolved.map((run) => [run.resolvedPath, run]));
    const reresolve = (file, upstream) => {
        const run = byPath.get(file);
        const applied = run && outputs.get(run.file);
        // A copy under output-dir is a function of the config and the outputs: this run's copy stands.
        if (!run || !applied || options.outputDir)
            return undefined;
        const again = resolveConfig(file, upstream, applied, {
            allowSensitive: options.allowSensitiveOutputs,
            markers: true,
        });
        return again.findings.some((f) => f.severity === 'error')
            ? undefined
            : Buffer.from(again.after, 'utf8');
    };
    await reporter.group('Commit back', async () => {
        try {
            const result = await commitBack({
                workspace: options.workspace,
                files: [...byPath.keys()],
                message: options.commitMessage,
                method: options.commitMethod,
                setting: options.commitBack,
                mode: options.mode,
                context,
                reresolve,
            }, { git: deps.git, api: deps.api, reporter });
            reporter.info(result.reason);
            if (result.sha)
                report.commitSha = result.sha;
            // A file that could not be committed fails its config alone; the others were committed.
            for (const left of result.left ?? []) {
                const run = byPath.get(left.file);
                const finding = run
                    ? atJob(run, 'error', 'commit-failed', left.message)
                    : { severity: 'error', rule: 'commit-failed', message: left.message, file: left.file };
                record(reporter, run, [finding]);
            }
        }
        catch (error) {
            // Not committing is the run's failure; the configs are resolved and still deployed.
            const message = error instanceof CommitBackError
                ? error.message
                : `Commit-back failed: ${error.message}`;
            if (!(error instanceof CommitBackError))
                reporter.debug(error.stack ?? message);
            report.failures.push(message);
            reporter.error(message);
        }
    });
    if (!options.deployCommand || resolved.length === 0)
        return;
    const { deployConfigs } = await __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.bind(__nccwpck_require__, 3800));
    const results = [];
    for (const config of byPath.keys()) {
        // One config at a time, so that a cancellation starts no further deploy.
        if (deps.cancellation?.cancelled) {
            reporter.warning(`deploy-command skipped for ${config} and the configs after it: the run was cancelled (${deps.cancellation.signal})`);
            break;
        }
        results.push(...(await deployConfigs(options.deployCommand, [config], {
            workspace: options.workspace,
            reporter,
            env: deps.env,
        })));
    }
    for (const result of results) {
        if (result.finding)
            record(reporter, byPath.get(result.config), [result.finding]);
    }
}
/** The rollout's waves, and the gate that holds each job back until its turn. */
async function startRollout(runs, report, options, deps) {
    const [{ planRollout }, { RolloutGate }, { describeWaves }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 535).then(__nccwpck_require__.bind(__nccwpck_require__, 535)),
        __nccwpck_require__.e(/* import() */ 254).then(__nccwpck_require__.bind(__nccwpck_require__, 7254)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6593)),
    ]);
    const plan = planRollout(runs.map((run) => ({
        file: run.file,
        jobName: run.job.jobName,
        environment: run.job.environment,
        provider: run.job.provider,
        runtimeType: run.job.runtime.type,
    })), options.rolloutOrder);
    report.rollout = { waves: plan.waves };
    for (const line of describeWaves(plan.waves))
        deps.reporter.info(line);
    const byFile = new Map(runs.map((run) => [run.file, run]));
    return {
        ordered: plan.order.map((file) => byFile.get(file)),
        gate: new RolloutGate(plan, deps.cancellation),
    };
}
/** Drift mode: one issue per drifted job, kept up to date; a refusal is a warning. */
async function driftIssues(report, context, deps) {
    const { reporter } = deps;
    await reporter.group('Drift issues', async () => {
        if (!deps.api) {
            report.driftIssues = 'no github-token: no issue is opened for drift';
        }
        else {
            const { syncDriftIssues } = await __nccwpck_require__.e(/* import() */ 223).then(__nccwpck_require__.bind(__nccwpck_require__, 4223));
            report.driftIssues = await syncDriftIssues(report, context, deps.api, reporter);
        }
        if (report.driftIssues)
            reporter.warning(`Drift issues not kept: ${report.driftIssues}`);
    });
}
/** The pull request's summary comment, created or edited in place; a refusal is a warning. */
async function comment(report, context, deps) {
    const { reporter } = deps;
    if (!deps.api) {
        reporter.warning('No github-token: the pull request comment is skipped');
        return;
    }
    const { renderComment, upsertComment } = await __nccwpck_require__.e(/* import() */ 206).then(__nccwpck_require__.bind(__nccwpck_require__, 1206));
    try {
        const result = await upsertComment(deps.api, context, renderComment(report, context, { secrets: report.secrets }));
        reporter.info(`Pull request comment: ${result.action}${result.reason ? ` (${result.reason})` : ''}`);
    }
    catch (error) {
        reporter.warning(error.message);
    }
}
/** `mode: resolve`: the matrix legs' outputs files into the configs, then one commit back. */
async function resolveMode(options, context, deps) {
    const { reporter } = deps;
    const report = {
        mode: options.mode,
        configs: [],
        discovery: `configs named by the outputs files under ${options.outputsFrom}`,
        hasChanges: false,
        failures: [],
        secrets: [],
        removed: [],
    };
    const reader = new read/* ConfigReader */.o(options.workspace);
    const { resolveFromFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(707), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3772));
    const found = await reporter.group('Resolve placeholders from outputs files', async () => {
        const result = await resolveFromFiles(options, reader, (message) => reporter.info(message));
        for (const run of result.runs) {
            for (const finding of run.findings)
                reporter.finding(finding);
            printDiff(reporter, run.resolutionDiff);
        }
        for (const failure of result.failures)
            reporter.error(failure);
        return result;
    });
    report.configs = found.runs;
    report.failures.push(...found.failures);
    await publishResolved(found.runs, found.outputs, report, options, context, deps);
    return report;
}
/** The placeholders of a config without a job: one list for every such config. */
const NO_PLACEHOLDERS = Object.freeze([]);
/**
 * The record a run keeps of one config, made in one piece (the fields in newConfigRun's order):
 * with thousands of configs, every object made on the way and thrown away is garbage V8 keeps in
 * its old generation, the records being long-lived, until a full collection.
 */
function configRun(validation, options, read) {
    // Validate mode keeps only what the reports need, not each job's data.
    const job = options.mode === 'validate' ? undefined : validation.job;
    return {
        file: validation.file,
        findings: validation.findings,
        valid: validation.valid,
        skipped: validation.skipped,
        plan: null,
        outputs: null,
        resolved: false,
        placeholders: validation.job?.placeholders ?? NO_PLACEHOLDERS,
        // Outputs files name the config as read; validate mode writes none.
        sourceSha: options.mode !== 'validate' && read.ok ? (0,commit_plan/* blobSha */.wJ)(read.bytes) : undefined,
        jobName: validation.jobName,
        provider: validation.provider,
        runtimeType: validation.runtimeType,
        job,
        cloudTags: job
            ? (0,convert/* finalTags */.CR)(options.defaultTags, job.tags, job.runtime.type, job.provider)
            : undefined,
    };
}
/** A finding at a job's config, at its `infrastructure` section. */
function atJob(run, severity, rule, message) {
    return { severity, rule, message, file: run.file, range: run.job?.range };
}
/**
 * A finding at a file: kept with its config's run (`run`, when the caller knows it), or with the
 * run when no config of it is that file.
 */
function atFile(report, reporter, finding, known) {
    const run = known ?? report.configs.find((config) => config.file === finding.file);
    if (run)
        return record(reporter, run, [finding]);
    reporter.finding(finding);
    (report.elsewhere ??= []).push(finding);
}
/** Findings of a config: shown now, and kept with its run for the summary, comment and results. */
function record(reporter, run, findings) {
    for (const finding of findings) {
        reporter.finding(finding);
        run?.findings.push(finding);
    }
}
/** Work started now and awaited later: a failure is kept for then, not left unhandled. */
function settleLater(work) {
    const settled = work.then((value) => ({ value }), (error) => ({ error }));
    return async () => {
        const outcome = await settled;
        if ('error' in outcome)
            throw outcome.error;
        return outcome.value;
    };
}
/** A resolution diff quotes config data as it is: the log shows it as text, never as commands. */
function printDiff(reporter, diff) {
    for (const line of diff?.replace(/\n$/, '').split('\n') ?? [])
        reporter.output(line);
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __nccwpck_require__(4537);
;// CONCATENATED MODULE: ./src/publish/reporter.ts



/** Annotation properties as GitHub accepts them: columns only when the range is on one line. */
function annotationProperties(finding) {
    // The message stays the exact text users search for; the hint goes in the title.
    const title = (0,findings/* ruleTitle */.zO)(finding.rule) + (finding.hint ? `: ${finding.hint}` : '');
    const properties = { title, file: finding.file };
    const range = finding.range;
    if (range) {
        properties.startLine = range.line;
        properties.endLine = range.endLine;
        if (range.line === range.endLine) {
            properties.startColumn = range.column;
            properties.endColumn = Math.max(range.endColumn, range.column);
        }
    }
    return properties;
}
/**
 * `path:line:col: severity: message [rule]`, as compilers print them. A message of several lines
 * (Terraform's errors) keeps its line breaks, each further line indented under the first.
 */
function formatFinding(finding) {
    const where = finding.range
        ? `${finding.file}:${finding.range.line}:${finding.range.column}`
        : finding.file;
    const [first, ...more] = messageLines(withHint(finding));
    return [
        `${where}: ${finding.severity}: ${first} [${finding.rule}]`,
        ...more.map((line) => (line ? `  ${line}` : '')),
    ].join('\n');
}
/** A message on one line, as an annotation shows it: its lines joined, runs of spaces as one. */
function oneLine(message) {
    return (0,util_text/* messageLines */.VL)(message)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' ')
        .replace(/\s+/g, ' ');
}
class TerminalReporter {
    streams;
    secrets = [];
    mask = (text) => text;
    /** The title of the group being run, printed before its first line (a silent group has none). */
    title;
    constructor(streams) {
        this.streams = streams;
    }
    finding(finding) {
        this.streams.out(this.mask(formatFinding(finding)));
    }
    info(message) {
        if (this.streams.quiet && !this.streams.verbose)
            return;
        // Each block of lines says what it is: a job's Terraform log names the job.
        if (this.title !== undefined)
            this.streams.err(this.mask(`== ${this.title}`));
        this.title = undefined;
        this.streams.err(this.mask(message));
    }
    notice(message) {
        this.streams.err(this.mask(`notice: ${message}`));
    }
    output(line) {
        this.info(line);
    }
    warning(message) {
        this.streams.err(this.mask(`warning: ${message}`));
    }
    error(message) {
        this.streams.err(this.mask(`error: ${message}`));
    }
    debug(message) {
        if (this.streams.verbose)
            this.streams.err(this.mask(message));
    }
    async group(title, run) {
        this.title = title;
        try {
            return await run();
        }
        finally {
            this.title = undefined;
        }
    }
    secret(value) {
        if (!value)
            return;
        this.secrets.push(value);
        this.mask = scrubber(this.secrets);
    }
}

;// CONCATENATED MODULE: ./src/publish/actions-reporter.ts
// The runner's side of the Reporter: a workflow command for each, and a guard around text the
// action did not write. Loaded by the action at start, by the CLI only inside a workflow.




/**
 * Whether the runner could read any line of `text` as a workflow command: it splits lines at CR
 * and LF, trims the leading white space of each before looking for `::`, and finds `##[` anywhere.
 */
function mayHoldCommand(text) {
    return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text);
}
/**
 * The runner's side: a workflow command for each, and a guard around text that is not ours.
 * Such text goes inside `::stop-commands::<token>` … `::<token>::` with a fresh random token, so
 * nothing in it is a command, not even `::stop-commands::` itself. The block is closed before each
 * command of our own (an annotation, a group, a mask) and opened again for the next such text:
 * a mask registered mid-job is never swallowed by an open block.
 */
class ActionsReporter {
    stopToken;
    finding(finding) {
        // Annotations show a message on one line; the log and the summary keep Terraform's breaks.
        this.command(() => workflow_commands_namespaceObject[finding.severity](oneLine(finding.message), annotationProperties(finding)));
    }
    info(message) {
        if (mayHoldCommand(message))
            this.openBlock();
        info(message);
    }
    output(line) {
        this.openBlock();
        info(line);
    }
    notice(message) {
        this.command(() => notice(message));
    }
    warning(message) {
        this.command(() => warning(message));
    }
    error(message) {
        this.command(() => error(message));
    }
    debug(message) {
        this.command(() => debug(message));
    }
    async group(title, run) {
        this.command(() => startGroup(title));
        try {
            return await run();
        }
        finally {
            this.command(() => endGroup());
        }
    }
    secret(value) {
        if (!value)
            return;
        this.command(() => {
            for (const form of (0,secrets/* maskForms */.ye)(value))
                setSecret(form);
        });
    }
    /** Marks the step failed once the process exits, and says why. */
    fail(message) {
        this.command(() => setFailed(message));
    }
    /** Ends the block of foreign text, if one is open: what follows may be commands again. */
    settle() {
        if (!this.stopToken)
            return;
        info(`::${this.stopToken}::`);
        this.stopToken = undefined;
    }
    command(write) {
        this.settle();
        write();
    }
    openBlock() {
        if (this.stopToken)
            return;
        this.stopToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        info(`::stop-commands::${this.stopToken}`);
    }
}

;// CONCATENATED MODULE: ./src/publish/matrix.ts
function matrixOf(report) {
    const include = [];
    const seen = new Set();
    const add = (leg) => {
        if (seen.has(leg.config))
            return;
        seen.add(leg.config);
        include.push(leg);
    };
    for (const run of report.configs) {
        if (!run.valid || run.skipped || !run.jobName || !run.provider)
            continue;
        add({ config: run.file, job_name: run.jobName, provider: run.provider });
    }
    // A renamed job's config already has its leg, which destroys the old runtime as well.
    for (const removed of report.removed ?? []) {
        add({
            config: removed.file,
            job_name: removed.jobName,
            provider: removed.provider,
            removed: true,
        });
    }
    for (const file of report.mayRemove ?? []) {
        add({ config: file, job_name: null, provider: null, removed: true });
    }
    return { include };
}

// EXTERNAL MODULE: ./src/publish/outputs-file.ts
var outputs_file = __nccwpck_require__(3696);
;// CONCATENATED MODULE: ./src/publish/results.ts
/** Characters each output may take: 600 KB and 200 KB of the 1 MB, the rest for the others. */
const RESULTS_BUDGET = 300_000;
const CONFIGS_BUDGET = 100_000;
/** Per config: this many errors, each message at most this long, each output value this long. */
const MAX_ERRORS = 100;
const MAX_MESSAGE = 1_000;
const MAX_VALUE = 2_000;
function toResult(run) {
    const errors = run.findings.filter((f) => f.severity === 'error');
    const shown = errors.slice(0, MAX_ERRORS).map((f) => ({
        line: f.range?.line ?? 1,
        column: f.range?.column ?? 1,
        message: shorten(f.message, MAX_MESSAGE),
    }));
    if (errors.length > shown.length) {
        shown.push({
            line: 1,
            column: 1,
            message: `… and ${errors.length - shown.length} more errors (all of them are in the log)`,
        });
    }
    return {
        config: run.file,
        job_name: run.jobName ?? null,
        valid: run.valid,
        errors: shown,
        plan: run.plan,
        outputs: run.outputs && outputValues(run.outputs),
        resolved: run.resolved,
        fingerprint: run.fingerprint?.fingerprint ?? null,
    };
}
function outputValues(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => {
        const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
        return [
            name,
            text.length > MAX_VALUE
                ? `(${text.length} characters: too long for the results output)`
                : value,
        ];
    }));
}
/** As many items, in order, as fit in `budget` characters of JSON. */
function listOutput(items, budget) {
    const parts = [];
    let length = 2;
    for (const item of items) {
        const part = JSON.stringify(item);
        const added = part.length + (parts.length > 0 ? 1 : 0);
        if (length + added > budget)
            break;
        parts.push(part);
        length += added;
    }
    return { value: `[${parts.join(',')}]`, shown: parts.length, total: items.length };
}
function resultsOutput(runs) {
    return listOutput(runs.map(toResult), RESULTS_BUDGET);
}
function configsOutput(runs) {
    return listOutput(runs.map((run) => run.file), CONFIGS_BUDGET);
}
function shorten(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}

// EXTERNAL MODULE: ./src/drift/record.ts
var drift_record = __nccwpck_require__(8558);
// EXTERNAL MODULE: ./src/rollout/summary.ts
var summary = __nccwpck_require__(6593);
// EXTERNAL MODULE: ./src/publish/layout.ts
var layout = __nccwpck_require__(8925);
// EXTERNAL MODULE: ./src/publish/groups.ts + 1 modules
var groups = __nccwpck_require__(566);
// EXTERNAL MODULE: ./src/publish/markdown.ts
var markdown = __nccwpck_require__(1886);
;// CONCATENATED MODULE: ./src/drift/summary.ts
// The fleet as a drift run found it, for the job summary: one row per job, drifted ones first,
// with what drifted, whether it was healed, and its issue.



const MAX_ROWS = 500;
const MAX_CELL = 200;
function driftSection(report, clean) {
    if (report.mode !== 'drift')
        return undefined;
    const runs = report.configs.filter((run) => !run.skipped);
    const count = (test) => runs.filter(test).length;
    const drifted = count((run) => run.drift?.state === 'drifted');
    const healed = count((run) => run.drift?.healed === true);
    const pending = count((run) => run.drift?.state === 'pending');
    const inSync = count((run) => run.drift?.state === 'in-sync');
    const unknown = runs.length - drifted - pending - inSync;
    const lines = [
        '### Drift',
        '',
        `${(0,util_text/* plural */.LS)(runs.length, 'job')} checked: ${drifted} drifted${healed > 0 ? ` (${healed} healed)` : ''}, ${pending} with changes not applied, ${inSync} in sync${unknown > 0 ? `, ${unknown} not checked (see the problems)` : ''}.`,
    ];
    if (report.driftIssues) {
        lines.push('', `⚠️ Drift issues not kept: ${(0,markdown/* escapeText */.X1)(clean(report.driftIssues))}`);
    }
    const rank = (run) => run.drift?.state === 'drifted' ? 0 : !run.drift ? 1 : run.drift.state === 'pending' ? 2 : 3;
    const sorted = [...runs].sort((a, b) => rank(a) - rank(b));
    const rows = sorted
        .slice(0, MAX_ROWS)
        .map((run) => [
        (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), MAX_CELL)),
        run.jobName ? (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName), MAX_CELL)) : '—',
        run.provider ? (0,markdown/* escapeText */.X1)(`${run.provider} / ${run.runtimeType ?? '?'}`) : '—',
        run.job?.tags.team ? (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.job.tags.team), MAX_CELL)) : '—',
        driftCell(run, clean),
        issueCell(run),
    ]);
    lines.push('', (0,markdown/* table */.tp)(['Config', 'Job', 'Cloud / runtime', 'Team', 'Drift', 'Issue'], rows));
    if (sorted.length > MAX_ROWS) {
        lines.push('', `… and ${sorted.length - MAX_ROWS} more jobs (see the \`drifted\` output).`);
    }
    return lines.join('\n');
}
function driftCell(run, clean) {
    const icon = run.drift?.state === 'drifted'
        ? run.drift.healed
            ? '🩹'
            : '🔀'
        : run.drift?.state === 'in-sync'
            ? '✅'
            : run.drift?.state === 'pending'
                ? '⏳'
                : '❌';
    const words = (0,markdown/* escapeText */.X1)((0,drift_record/* driftWords */.tE)(run));
    if (run.drift?.state !== 'drifted')
        return `${icon} ${words}`;
    return `${icon} ${words}: ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean((0,drift_record/* describeResources */.j9)(run.drift.resources)), MAX_CELL * 2))}`;
}
function issueCell(run) {
    const issue = run.drift?.issue;
    if (!issue)
        return '—';
    return `[#${issue.number}](${issue.url}) ${issue.action}`;
}

// EXTERNAL MODULE: ./src/publish/removed.ts
var removed = __nccwpck_require__(2703);
;// CONCATENATED MODULE: ./src/publish/summary.ts








/** A section standing for jobs changed alike lists this many of them, then `… and N more`. */
const MAX_GROUP_ROWS = 1000;
/** GitHub's limit for one step's summary, in bytes of UTF-8. */
const SUMMARY_LIMIT = 1024 * 1024;
/** Kept free for the closing note and the line breaks between parts. */
const RESERVE = 8 * 1024;
/** A character of long text takes at most this many bytes of UTF-8 (a UTF-16 code unit). */
const BYTES_PER_CHARACTER = 3;
/** What is left of the summary's bytes, and what did not fit. */
class Budget {
    left = SUMMARY_LIMIT - RESERVE;
    cut = [];
    get remaining() {
        return this.left;
    }
    /** Takes the bytes of `text` (and its line break) if they fit. */
    take(text) {
        const bytes = Buffer.byteLength(text, 'utf8') + 1;
        if (bytes > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
}
function renderSummary(report, context) {
    // Secrets go before escaping, which could otherwise hide one from the replacement.
    const clean = (0,secrets/* scrubber */.ty)(report.secrets);
    const links = new layout/* Links */.qF(context);
    const budget = new Budget();
    const parts = [];
    // Notes of what was left out are pushed without the budget: RESERVE keeps room for them.
    const add = (text) => {
        if (!budget.take(text))
            return false;
        parts.push(text);
        return true;
    };
    const discovery = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(report.discovery), 1_000));
    const entries = (0,layout/* jobEntries */.IN)(report);
    if (entries.length === 0) {
        add(`## dativo-infra · ${report.mode}`);
        add('');
        add(`No job configs to process. ${discovery}`.trimEnd());
        if (report.failures.length > 0)
            add('');
        for (const failure of report.failures) {
            if (!add(`- ❌ ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(failure), 500))}`))
                break;
        }
        return parts.join('\n') + '\n';
    }
    // Before the overview: a group's section takes the rows of all its jobs.
    const sections = (0,groups/* detailSections */.O8)(entries, report.mode, links, clean, MAX_GROUP_ROWS);
    for (const line of (0,layout/* headline */.Pl)(report, entries, links, '', clean)) {
        if (!add(line))
            budget.cut.push('part of the run errors');
    }
    add('');
    add(discovery);
    add('');
    const table = (0,layout/* overview */.M0)(entries, report.mode, clean);
    if (!add(table) && !add((0,layout/* overview */.M0)(entries, report.mode, clean, true))) {
        // Thousands of jobs: as many rows as fit.
        const lines = table.split('\n');
        let shown = 0;
        for (const line of lines) {
            if (!add(line))
                break;
            shown++;
        }
        parts.push('', `… and ${(0,util_text/* plural */.LS)(lines.length - shown, 'more job')} (see the \`results\` output).`);
    }
    // Runtimes left running are never forgotten: the section goes before the jobs' long texts.
    const left = (0,removed/* leftRunningSection */.c)(report, clean);
    if (left && (!add('') || !add(left)))
        budget.cut.push('the runtimes left running');
    // Drift mode's fleet table; a rollout's waves and what became of each job.
    for (const [name, section] of [
        ['the drift table', driftSection(report, clean)],
        ['the rollout table', (0,summary.rolloutSection)(report, clean)],
    ]) {
        if (section && (!add('') || !add(section)))
            budget.cut.push(name);
    }
    // The long texts (plans, previews) share what is left, at worst 3 bytes a character, with a
    // tenth kept for the tables and notes around them.
    const texts = sections.flat().filter(layout/* isFold */.K3).length;
    const maxText = Math.floor((budget.remaining * 0.9) / (Math.max(1, texts) * BYTES_PER_CHARACTER));
    let shown = 0;
    for (const section of sections) {
        if (!add('') || !add((0,layout/* renderParts */.Rs)(section, maxText, links)))
            break;
        shown++;
    }
    if (shown < sections.length) {
        budget.cut.push(`the details of ${(0,util_text/* plural */.LS)(sections.length - shown, 'job')}`);
    }
    if (budget.cut.length > 0) {
        parts.push('', `_Cut to stay under GitHub's 1 MiB limit for a step's summary: ${budget.cut.join(', ')} left out; see the log._`);
    }
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/run.ts
var run = __nccwpck_require__(9786);
;// CONCATENATED MODULE: ./src/util/cancellation.ts
// A run's cancellation: the runner cancels a step with SIGINT to the node process (then SIGTERM,
// then SIGKILL); a person at a terminal presses Ctrl-C. Either way the run starts nothing new,
// running Terraform commands are asked to stop gracefully, and the report names what was cut short.
class Cancellation {
    received = [];
    listeners = new Set();
    /** The first signal received, once the run is cancelled. */
    get signal() {
        return this.received[0];
    }
    get cancelled() {
        return this.received.length > 0;
    }
    /** Records a signal and tells every listener how many have come so far. */
    cancel(signal) {
        this.received.push(signal);
        for (const listener of [...this.listeners])
            listener(signal, this.received.length);
    }
    /** Calls `listener` on every signal from now on; returns the function that stops it. */
    onCancel(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /**
     * Turns SIGINT and SIGTERM of this process into a cancellation instead of an exit at once;
     * returns the function that restores the defaults.
     */
    listen(target = process) {
        const handler = (signal) => this.cancel(signal);
        target.on('SIGINT', handler);
        target.on('SIGTERM', handler);
        return () => {
            target.off('SIGINT', handler);
            target.off('SIGTERM', handler);
        };
    }
}

// EXTERNAL MODULE: ./src/options.ts
var src_options = __nccwpck_require__(8381);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every input the action reads is read here (actions/checkout's input-helper habit).



function readInputs(env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const options = (0,src_options/* parseRunOptions */.d)((name) => getInput(name), workspace);
    // A token given as an input may be a personal one the runner does not know to hide.
    if (options.githubToken)
        setSecret(options.githubToken);
    return options;
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The action's front door: inputs in, pipeline, outputs and summary out.



















/** Characters the drifted and rollout outputs may each take of the 1 MB a job's outputs share. */
const FLEET_BUDGET = 40_000;
async function main_run(cancellation = new Cancellation()) {
    const reporter = new ActionsReporter();
    // The runner cancels with SIGINT, then SIGTERM: the run stops Terraform gracefully and still
    // reports, rather than exiting at once. Kept until the process ends, outputs included.
    cancellation.listen();
    // Known once the inputs are read, until the pipeline hands back its report.
    let unreported;
    try {
        const options = readInputs();
        const context = (0,github_context/* readGitHubContext */.L7)();
        unreported = { mode: options.mode, context };
        const report = await runPipeline(options, context, pipelineDeps(options, context, reporter, process.env, { cancellation, driftIssues: true }));
        // The run's own outputs stand from here: a failure while writing them never replaces them.
        unreported = undefined;
        await publish(reporter, report, context);
        const { errors, failing } = (0,run/* tally */.N4)(report);
        if (errors > 0) {
            // An error of the run itself (Terraform not installed, say) belongs to no config.
            reporter.fail(failing === 0
                ? `${(0,util_text/* plural */.LS)(errors, 'error')} in the run (${(0,util_text/* plural */.LS)(report.configs.length, 'job config')})`
                : `${(0,util_text/* plural */.LS)(errors, 'error')} in ${failing} of ${report.configs.length} job configs`);
        }
    }
    catch (error) {
        if (!(error instanceof findings/* UsageError */.eb) && error instanceof Error && error.stack)
            reporter.debug(error.stack);
        const message = error instanceof Error ? error.message : String(error);
        // Once the inputs are known, every run leaves its outputs and summary, a failed one too.
        if (unreported) {
            const failed = {
                mode: unreported.mode,
                configs: [],
                discovery: '',
                hasChanges: false,
                failures: [message],
                secrets: [],
            };
            // A summary that cannot be written still leaves the step failing for its own reason.
            await publish(reporter, failed, unreported.context).catch((failure) => reporter.error(failure instanceof Error ? failure.message : String(failure)));
        }
        reporter.fail(message);
    }
}
async function publish(reporter, report, context) {
    reporter.settle();
    const configs = configsOutput(report.configs);
    const results = resultsOutput(report.configs);
    setOutput(constants/* Outputs */.tY.Configs, configs.value);
    setOutput(constants/* Outputs */.tY.Results, results.value);
    setOutput(constants/* Outputs */.tY.ErrorCount, String((0,run/* errorCount */.YH)(report)));
    setOutput(constants/* Outputs */.tY.HasChanges, String(report.hasChanges));
    setOutput(constants/* Outputs */.tY.CommitSha, report.commitSha ?? '');
    for (const [name, output] of [
        [constants/* Outputs */.tY.Configs, configs],
        [constants/* Outputs */.tY.Results, results],
    ]) {
        if (output.shown < output.total) {
            reporter.warning(`The ${name} output lists ${output.shown} of ${output.total} configs: GitHub keeps at most 1 MB of a job's outputs. Every config is in the log.`);
        }
    }
    setOutput(constants/* Outputs */.tY.Matrix, JSON.stringify(matrixOf(report)));
    // Drift mode's drifted jobs, and a rollout's ends: within their budgets like results.
    const drifted = listOutput((0,drift_record/* driftedJobs */.b5)(report), FLEET_BUDGET);
    setOutput(constants/* Outputs */.tY.Drifted, report.mode === 'drift' ? drifted.value : '');
    if (drifted.shown < drifted.total) {
        reporter.warning(`The drifted output lists ${drifted.shown} of ${drifted.total} drifted jobs: GitHub keeps at most 1 MB of a job's outputs. Every one is in the job summary.`);
    }
    const rollout = (0,summary.rolloutOutput)(report, FLEET_BUDGET);
    setOutput(constants/* Outputs */.tY.Rollout, rollout ? JSON.stringify(rollout) : '');
    // A matrix leg's outputs, for the resolve step on another runner.
    let outputsFile = '';
    if (report.mode === 'plan' || report.mode === 'apply') {
        const folder = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'dativo-outputs');
        try {
            outputsFile = await (0,outputs_file/* writeOutputsFile */._6)(report, context, folder);
        }
        catch (error) {
            reporter.warning(`outputs-file not written: ${error.message}`);
        }
    }
    setOutput(constants/* Outputs */.tY.OutputsFile, outputsFile);
    // Last: every output is set before a summary that cannot be written fails the step.
    // Outside a workflow there is no summary file to write to; a path given without its file gets it.
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        (0,external_node_fs_.appendFileSync)(summaryFile, '');
        appendSummary(renderSummary(report, context));
    }
}

;// CONCATENATED MODULE: ./src/index.ts
// The action's entry point (dist/index.js): it only starts the run.


const cancellation = new Cancellation();
void main_run(cancellation).then(async () => {
    if (!cancellation.cancelled)
        return;
    // A cancelled run ends as soon as its reports are written. Left to end by itself, node would
    // first put SIGINT and SIGTERM back to their defaults while it tears down, and the runner's
    // next signal (SIGTERM 7.5 s after its SIGINT) landing then would kill a run that had finished.
    // process.exit skips that teardown; what is still buffered for the log is written first.
    await Promise.all([process.stdout, process.stderr].map(flushed));
    process.exit();
});
/** Resolves once what was written to the stream before has been handed to the system. */
function flushed(stream) {
    return new Promise((resolve) => stream.write('', () => resolve()));
}

