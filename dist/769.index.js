export const id = 769;
export const ids = [769];
export const modules = {

/***/ 99769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeFailedRun: () => (/* binding */ analyzeFailedRun)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/analyze/project-imports.ts

/**
 * The project's own files that a file imports: for a failing test, the code under test, which
 * is where a logic, ordering or performance bug usually lives when the traceback stops in the test.
 */
const pythonImport = /^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w, ()]+)|import\s+([\w.]+))/gm;
const jsImport = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const jsExtensions = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.js'];
function pythonModuleFiles(workspace, module, fromDirectory) {
    const leadingDots = /^\.*/.exec(module)[0].length;
    const dotted = module.slice(leadingDots).replaceAll('.', '/');
    const bases = leadingDots > 0
        ? [external_node_path_.posix.join(fromDirectory, ...Array(leadingDots - 1).fill('..'), dotted)]
        : [dotted, `src/${dotted}`, external_node_path_.posix.join(fromDirectory, dotted)];
    return bases.flatMap((base) => [`${base}.py`, `${base}/__init__.py`]).filter((path) => workspace.has(path));
}
function jsModuleFiles(workspace, specifier, fromDirectory) {
    const base = external_node_path_.posix.normalize(external_node_path_.posix.join(fromDirectory, specifier));
    // TypeScript's ESM imports name the emitted `.js` while the source is `.ts`.
    const stem = base.replace(/\.(?:[cm]?js)$/, '');
    const candidates = [...jsExtensions.map((extension) => base + extension), ...jsExtensions.map((extension) => stem + extension)];
    const found = candidates.find((path) => workspace.has(path));
    return found ? [found] : [];
}
/**
 * A package's `__init__.py` usually re-exports its modules (`from .cache import LRUCache`):
 * the code under test is in those modules, one level down.
 */
function projectImportsOf(workspace, file) {
    const direct = directImportsOf(workspace, file);
    const throughPackages = direct.filter((path) => path.endsWith('__init__.py')).flatMap((path) => directImportsOf(workspace, path));
    return [...new Set([...direct, ...throughPackages])].filter((path) => path !== file && !path.endsWith('__init__.py'));
}
function directImportsOf(workspace, file) {
    const source = workspace.read(file);
    if (source === undefined)
        return [];
    const directory = external_node_path_.posix.dirname(file);
    const found = [];
    if (file.endsWith('.py')) {
        for (const match of source.matchAll(pythonImport)) {
            if (match[3]) {
                found.push(...pythonModuleFiles(workspace, match[3], directory));
                continue;
            }
            const module = match[1];
            const names = match[2].replace(/[()]/g, '').split(',').map((name) => name.trim().split(/\s+/)[0]);
            const moduleFiles = pythonModuleFiles(workspace, module, directory);
            // `from pkg import mod` names a submodule as often as a function.
            const submodules = names.flatMap((name) => pythonModuleFiles(workspace, `${module}${module.endsWith('.') ? '' : '.'}${name}`, directory));
            found.push(...(submodules.length > 0 ? submodules : moduleFiles));
        }
    }
    else {
        for (const match of source.matchAll(jsImport))
            found.push(...jsModuleFiles(workspace, match[1], directory));
    }
    return [...new Set(found)];
}

// EXTERNAL MODULE: ./src/analyze/runner-paths.ts
var runner_paths = __webpack_require__(18909);
;// CONCATENATED MODULE: ./src/analyze/test-files.ts
/** Test files by the conventions of pytest, jest, vitest, mocha and node:test. */
const testFilePattern = /(?:^|\/)(?:tests?|__tests__|spec)\/|(?:^|\/)test_[^/]*\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)conftest\.py$/;
function isTestFile(path) {
    return testFilePattern.test(path);
}

;// CONCATENATED MODULE: ./src/analyze/affected-files.ts



/**
 * Which files a fix of one failure is likely to change, most likely first. The tool's own
 * location comes first (a finding's file, the frame that raised); the workspace, when there is
 * one, adds what the output cannot say: the dependency manifest for a missing package, the
 * pytest configuration for a third-party warning, the code under test when a traceback stops in
 * the test, the files that use a deprecated API.
 */
function testFileOf(failure) {
    if (failure.kind !== 'test')
        return undefined;
    const head = failure.nodeid.split('::')[0].split(' > ')[0].trim();
    const file = (0,runner_paths/* toRepoRelative */.oh)(head);
    return file && /\.[A-Za-z0-9]{1,5}$/.test(file) ? file : undefined;
}
const pythonManifests = ['requirements.txt', 'requirements-dev.txt', 'requirements-test.txt', 'requirements/base.txt', 'pyproject.toml', 'setup.cfg', 'setup.py', 'Pipfile'];
const pytestConfigs = ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini'];
/** The module a failure says is missing, and whether it belongs to the project or is a package to install. */
function missingModuleOf(failure, workspace) {
    const text = `${failure.message}\n${failure.details.join('\n')}`;
    const python = /No module named '([\w.]+)'/.exec(text);
    if (python) {
        const top = python[1].split('.')[0];
        const local = workspace?.files.some((file) => file === `${top}.py` || file.startsWith(`${top}/`) || file.startsWith(`src/${top}/`));
        return { name: python[1], thirdParty: workspace ? !local : undefined };
    }
    const js = /Cannot find (?:module|package) '([^']+)'|Failed to resolve import "([^"]+)"/.exec(text);
    if (js) {
        const name = (js[1] ?? js[2]);
        return { name, thirdParty: !/^(?:\.|\/|[A-Za-z]:)/.test(name) };
    }
    return undefined;
}
/** The file that holds a failing import, when the message names it (vitest, jest, node). */
function importerOf(failure) {
    const named = /imported from (\S+)|Cannot find module '[^']+' from '([^']+)'|Failed to resolve import "[^"]+" from "([^"]+)"/.exec(failure.message);
    const path = named ? (named[1] ?? named[2] ?? named[3]) : undefined;
    return path ? (0,runner_paths/* toRepoRelative */.oh)(path) : undefined;
}
/** Identifiers a deprecation message names: `datetime.utcnow() is deprecated`, "The `dict` method is deprecated". */
function deprecatedNamesOf(text) {
    const found = [];
    for (const match of text.matchAll(/(?:The )?`(\w+)` method is deprecated/g)) {
        found.push({ name: match[1], pattern: new RegExp(String.raw `\.${match[1]}\(`) });
    }
    for (const match of text.matchAll(/([A-Za-z_][\w.]*)\(\) is deprecated/g)) {
        const name = match[1].split('.').at(-1);
        found.push({ name, pattern: new RegExp(String.raw `(?:^|[^\w.])(?:new\s+)?${name}\(|\.${name}\(`, 'm') });
    }
    for (const match of text.matchAll(/\b((?:[A-Za-z_]\w*\.)+([A-Z]\w+)) is deprecated/g)) {
        found.push({ name: match[2], pattern: new RegExp(String.raw `\b${match[2]}\b`) });
    }
    return found;
}
const sourceExtensions = /\.(?:py|[cm]?[jt]sx?)$/;
function filesUsing(workspace, names, preferred) {
    if (names.length === 0)
        return [];
    const candidates = [...new Set([...preferred, ...workspace.files.filter((file) => sourceExtensions.test(file))])];
    const hits = [];
    for (const file of candidates) {
        const source = workspace.read(file);
        if (source && names.some(({ pattern }) => pattern.test(source)))
            hits.push(file);
        if (hits.length >= 10)
            break;
    }
    return hits;
}
function firstExisting(workspace, paths, holding) {
    return paths.find((path) => workspace?.has(path) && (!holding || holding.test(workspace.read(path) ?? '')));
}
/** Source files whose name is a word of the message (a benchmark named after the module it measures). */
function filesNamedIn(workspace, text) {
    const words = new Set(text.toLowerCase().split(/[^a-z0-9_]+/).filter((word) => word.length >= 4));
    return workspace.files.filter((file) => {
        if (!sourceExtensions.test(file) || isTestFile(file))
            return false;
        const stem = file.split('/').at(-1).replace(/\.[^.]+$/, '').toLowerCase();
        return words.has(stem);
    });
}
function affectedFilesOf(failure, fixType, workspace) {
    if (failure.kind === 'finding')
        return failure.file ? [failure.file] : [];
    const repoFrames = failure.frames.map((frame) => frame.file).filter(runner_paths/* isRepoPath */.SL);
    const raisedInRepo = failure.frames.length > 0 && (0,runner_paths/* isRepoPath */.SL)(failure.frames.at(-1).file);
    const deepest = repoFrames.at(-1) ?? failure.file;
    const deepestSource = [...repoFrames].reverse().find((file) => !isTestFile(file));
    const testFile = testFileOf(failure);
    const testImports = () => (workspace && testFile ? projectImportsOf(workspace, testFile).filter((file) => !isTestFile(file)) : []);
    const files = [];
    const text = `${failure.message}\n${failure.details.join('\n')}`;
    switch (fixType) {
        case 'import_error': {
            const missing = missingModuleOf(failure, workspace);
            if (missing?.thirdParty) {
                const isPython = !/\.[cm]?[jt]sx?$/.test(deepest ?? testFile ?? '');
                files.push(isPython ? firstExisting(workspace, pythonManifests) : firstExisting(workspace, ['package.json']));
            }
            files.push(importerOf(failure), deepest);
            break;
        }
        case 'warning': {
            // The call site of the deprecated API: the frame that raised it, else the project files that use it.
            const users = workspace ? filesUsing(workspace, deprecatedNamesOf(text), testImports()) : [];
            files.push(raisedInRepo ? deepest : undefined, deepestSource, ...users, deepest);
            // A warning raised inside a third-party package may only be silenced, with a comment, where pytest is configured.
            const isPython = failure.tool === 'pytest' || /\.py$/.test(testFile ?? '');
            if (workspace && !raisedInRepo && isPython) {
                files.push(firstExisting(workspace, pytestConfigs, /filterwarnings/) ?? firstExisting(workspace, pytestConfigs, /pytest/));
            }
            break;
        }
        case 'type_error':
            files.push(deepest);
            break;
        case 'flaky_test':
            files.push(deepestSource, testFile, ...(deepestSource ? [] : testImports()));
            break;
        case 'lint':
            files.push(failure.file);
            break;
        case 'drift':
        case 'unknown':
            files.push(deepestSource, ...(deepestSource ? [] : testImports()));
            if (!deepestSource && !testFile && workspace)
                files.push(...filesNamedIn(workspace, text));
            break;
    }
    const existing = (file) => file !== undefined && (!workspace || workspace.has(file));
    return [...new Set(files.filter(existing))];
}

;// CONCATENATED MODULE: ./src/analyze/classifier-rules.ts
const typeCheckers = new Set(['mypy', 'tsc', 'pyright']);
// Checker codes that mean "this import does not resolve", not a type mismatch.
const importCodes = new Set([
    ...['TS2307', 'TS2305', 'TS2306', 'TS2614', 'TS2724', 'TS2792'],
    ...['import', 'import-not-found', 'import-untyped'], // mypy
    ...['reportMissingImports', 'reportMissingModuleSource'], // pyright
]);
const test = (pattern) => (_failure, text) => pattern.test(text);
const classifierRules = [
    {
        fixType: 'import_error',
        confidence: 'high',
        because: 'a type checker reports an import that does not resolve',
        matches: (failure) => failure.kind === 'finding' && typeCheckers.has(failure.tool) && importCodes.has(failure.rule ?? ''),
    },
    {
        fixType: 'type_error',
        confidence: 'high',
        because: 'a type checker reports type errors',
        matches: (failure) => failure.kind === 'finding' && typeCheckers.has(failure.tool),
    },
    {
        fixType: 'lint',
        confidence: 'high',
        because: 'a linter or formatter reports findings',
        matches: (failure) => failure.kind === 'finding',
    },
    {
        fixType: 'drift',
        confidence: 'low',
        because: 'a performance or memory budget was exceeded',
        matches: test(/\b(?:perf(?:ormance)?|latency|throughput|memory|benchmark|bench|timing|runtime|speed|duration|elapsed|p9[059]|ops\/sec|bundle size|size limit)\b[^\n]{0,120}\b(?:budget|baseline|regress\w*|threshold|exceed\w*|slower|SLO)\b|\bslower than (?:the )?baseline\b|\b(?:budget|SLO)\b[^\n]{0,40}\bexceed|\bexceed\w* (?:the )?(?:\w+ )?(?:perf(?:ormance)?|time|memory|latency) budget|Performance has regressed|size limit has exceeded/i),
    },
    {
        fixType: 'warning',
        confidence: 'high',
        because: 'a deprecation warning is raised as an error',
        matches: test(/\b(?:Deprecation|PendingDeprecation|Future)Warning\b|\w+DeprecatedSince\d+|\[DEP\d{4}\]|\bDEP\d{4}\b/),
    },
    {
        fixType: 'warning',
        confidence: 'medium',
        because: 'a warning is raised as an error',
        matches: (failure) => /^(?:\w+\.)*\w*Warning$/.test(failure.errorType ?? ''),
    },
    {
        fixType: 'import_error',
        confidence: 'high',
        because: 'a module or name cannot be imported',
        matches: test(/\b(?:ModuleNotFoundError|ImportError)\b|No module named|cannot import name|Cannot find module|ERR_MODULE_NOT_FOUND|Failed to resolve import|Failed to load url|does not provide an export named|is not exported by|Module not found: |Cannot find package/),
    },
    {
        fixType: 'import_error',
        confidence: 'medium',
        because: 'a name is used without being defined or imported',
        matches: test(/\bNameError: name '\w+' is not defined|\bReferenceError: \w+ is not defined/),
    },
    {
        fixType: 'flaky_test',
        confidence: 'medium',
        because: 'a test ran past its timeout',
        matches: test(/Failed: Timeout >|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|Timeout of \d+ms exceeded|test timed out after \d+ms|\bTimed out after \d+|pytest-timeout/),
    },
    {
        fixType: 'flaky_test',
        confidence: 'medium',
        because: 'the compared values hold the same items in another order (nondeterministic ordering)',
        matches: (failure, text) => failure.kind === 'test' && isOrderOnlyDifference(text),
    },
    {
        fixType: 'flaky_test',
        confidence: 'low',
        because: 'the runner reports the test as flaky or passing on retry',
        matches: test(/\bflaky\b|\bRERUN\b|passed on retry|\brace condition\b/i),
    },
    {
        fixType: 'type_error',
        confidence: 'medium',
        because: 'a call does not match the signature it calls',
        matches: test(/\bTypeError\b[^\n]*(?:missing \d+ required (?:positional |keyword-only )?arguments?|takes (?:from )?\d+ (?:to \d+ )?positional arguments? but \d+ (?:was|were) given|got an unexpected keyword argument|got multiple values for (?:keyword )?argument|takes no (?:keyword )?arguments)/),
    },
    {
        fixType: 'unknown',
        confidence: 'none',
        because: 'the process crashed, hung or was cancelled',
        matches: (failure, text) => /^(?:Segmentation fault|Bus error|Aborted|Killed|Cancelled|Unfinished)$/.test(failure.errorType ?? '') ||
            /Fatal Python error|Segmentation fault|core dumped|out of memory|JavaScript heap out of memory|The operation was canceled/.test(text),
    },
    {
        fixType: 'type_error',
        confidence: 'low',
        because: 'a value of the wrong type reached an operation',
        matches: (failure) => /^(?:\w+\.)*TypeError$/.test(failure.errorType ?? '') && failure.tool !== 'jest' && failure.tool !== 'vitest',
    },
];
/**
 * A failed equality whose two sides hold the same items in another order: pytest's and jest's
 * diffs print the removed items with `-` and the added ones with `+`.
 */
function isOrderOnlyDifference(text) {
    const removed = [];
    const added = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/^E\s/, '').trim();
        const match = /^([-+])\s+(.+?),?$/.exec(line);
        if (!match || /^[-+]\s*(?:Expected|Received)\b/.test(line))
            continue;
        const item = match[2].trim();
        if (item === '[' || item === ']' || item === '{' || item === '}')
            continue;
        (match[1] === '-' ? removed : added).push(item);
    }
    if (removed.length < 1 || removed.length !== added.length)
        return false;
    return JSON.stringify([...removed].sort()) === JSON.stringify([...added].sort());
}

;// CONCATENATED MODULE: ./src/analyze/classify-failure.ts

const unclassified = {
    fixType: 'unknown',
    confidence: 'none',
    because: 'no known pattern: a logic error or an infrastructure problem that needs a person',
};
function firstMatch(failure, text) {
    return classifierRules.find((rule) => rule.matches(failure, text));
}
/**
 * The failure's own exception decides first; its surrounding lines (traceback, captured output)
 * only when the exception alone says nothing, so that a warning printed in captured output does
 * not turn an import error into a warning.
 */
function classifyFailure(failure) {
    const headline = [failure.errorType ?? '', failure.message].join('\n');
    const rule = firstMatch(failure, headline) ?? firstMatch(failure, [headline, ...failure.details].join('\n'));
    return rule ? { fixType: rule.fixType, confidence: rule.confidence, because: rule.because } : unclassified;
}
/** Which type a person fixes first when a run fails in several ways: fixable kinds before the rest. */
const fixTypePriority = ['import_error', 'type_error', 'warning', 'flaky_test', 'lint', 'drift', 'unknown'];
const confidenceOrder = ['none', 'low', 'medium', 'high'];
function strongerConfidence(a, b) {
    return confidenceOrder.indexOf(a) >= confidenceOrder.indexOf(b) ? a : b;
}

;// CONCATENATED MODULE: ./src/analyze/fix-types.ts
/**
 * The spec's seven failure classes, as plain data: the analysis needs them on every run, the zod
 * schema of failure_context.json (failure-context.ts) only where a context is read back.
 */
const fixTypes = (/* unused pure expression or super */ null && (['warning', 'import_error', 'type_error', 'flaky_test', 'lint', 'drift', 'unknown']));
/** Types a model may be asked to fix; drift and unknown always go to a person. */
const fixableTypes = new Set(['warning', 'import_error', 'type_error', 'flaky_test', 'lint']);
const confidences = (/* unused pure expression or super */ null && (['high', 'medium', 'low', 'none']));

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/analyze/fingerprint.ts

/**
 * The same failure in another run (other timestamps, run ids, durations, temp paths, order of
 * jobs) gives the same fingerprint; a different failure gives another. It hashes the fix type
 * and each failure's signature: the test id and exception type, a finding's file and rule, or
 * a step's message with its variable parts masked. Line numbers are left out: an unrelated edit
 * above a finding moves it without making it a new failure.
 */
function maskVariableParts(text) {
    return text
        .replace(/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?\b/g, '<time>')
        .replace(/\b0x[0-9a-fA-F]+\b/g, '<addr>')
        .replace(/\b[0-9a-f]{7,40}\b/g, '<hex>')
        .replace(/(?:\/tmp|\/var\/folders|[A-Za-z]:\\Users\\[^\\]+\\AppData\\Local\\Temp)[^\s'"]*/g, '<tmp>')
        .replace(/\d+(?:\.\d+)?/g, '<n>')
        .replace(/\s+/g, ' ')
        .trim();
}
function signatureOf(failure) {
    switch (failure.kind) {
        case 'test':
            return `test|${failure.nodeid}|${failure.errorType ?? ''}`;
        case 'finding':
            return `finding|${failure.file ?? ''}|${failure.rule ?? ''}`;
        case 'step':
            return `step|${maskVariableParts(failure.message)}`;
    }
}
function fingerprintOf(fixType, failures) {
    const signatures = [...new Set(failures.map(signatureOf))].sort();
    return (0,external_node_crypto_.createHash)('sha256').update([fixType, ...signatures].join('\n')).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./src/analyze/failure.ts
var analyze_failure = __webpack_require__(9606);
;// CONCATENATED MODULE: ./src/analyze/normalize-log-line.ts

// The runner's timestamp: ISO-8601 UTC with 7 fractional digits, then one space.
const timestampPrefix = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// eslint-disable-next-line no-control-regex
const ansiSequence = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]/g;
function stripAnsi(text) {
    return text.includes('\x1b') ? text.replace(ansiSequence, '') : text;
}
/** One raw log line → what the tool printed: no timestamp, no colours, no carriage return, repo-relative paths. */
function normalizeLogLine(raw) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    line = line.replace(timestampPrefix, '');
    line = stripAnsi(line);
    // Progress bars redraw a line with \r: what a reader saw last is what counts.
    const lastReturn = line.lastIndexOf('\r');
    if (lastReturn !== -1)
        line = line.slice(lastReturn + 1);
    return (0,runner_paths/* stripRunnerPaths */.N2)(line);
}

;// CONCATENATED MODULE: ./src/analyze/scan-job-log.ts

const gapMarker = '⋯';
const defaultScanLimits = {
    headBytes: 64 * 1024,
    tailBytes: 1024 * 1024,
    windowBytesPerStep: 2 * 1024 * 1024,
    linesBeforeHit: 8,
    linesAfterHit: 40,
};
// The strings that mark a line worth keeping, searched in the raw bytes decoded as latin1. Few
// alternatives keep the regex near grep's speed; the rarer markers of a failure (✕, ●, Timeout,
// Segmentation fault) sit next to one of these or at the end of the step, which its tail keeps.
const triggerPattern = /##\[|rror|RROR|FAIL|Fail|arning|Traceback|would reformat|Post job cleanup\./g;
// Strings of up to 64 KiB decode and search fastest; slices overlap so no marker straddles two.
const sliceBytes = 64 * 1024;
const sliceOverlap = 32;
const newline = 0x0a;
/**
 * The last bytes of the current step, in one buffer reused from step to step: the scanner copies
 * every block into it (the caller reuses its block) without allocating.
 */
class TailRing {
    capacity;
    ring;
    written = 0;
    end = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.ring = Buffer.allocUnsafe(capacity);
    }
    reset(start) {
        this.written = 0;
        this.end = start;
    }
    write(block, from, to, globalEnd) {
        const kept = block.subarray(Math.max(from, to - this.capacity), to);
        let position = this.written % this.capacity;
        let offset = 0;
        while (offset < kept.length) {
            const copied = kept.copy(this.ring, position, offset, Math.min(kept.length, offset + this.capacity - position));
            offset += copied;
            position = (position + copied) % this.capacity;
        }
        this.written += to - from;
        this.end = globalEnd;
    }
    /** The last complete line written, without timestamp. */
    lastLine() {
        const { bytes } = this.region();
        const text = bytes.subarray(Math.max(0, bytes.length - 200)).toString('utf8').trimEnd();
        return normalizeLogLine(text.slice(text.lastIndexOf('\n') + 1));
    }
    region() {
        const size = Math.min(this.written, this.capacity);
        const position = this.written % this.capacity;
        const bytes = this.written <= this.capacity ? Buffer.from(this.ring.subarray(0, size)) : Buffer.concat([this.ring.subarray(position), this.ring.subarray(0, position)]);
        return { start: this.end - size, bytes };
    }
}
class StepCollector {
    name;
    start;
    limits;
    tail;
    regions = [];
    headUsed = 0;
    windowUsed = 0;
    windowEnd = -1;
    failed = false;
    cancelled = false;
    exitCode;
    bytes = 0;
    constructor(name, start, limits, tail) {
        this.name = name;
        this.start = start;
        this.limits = limits;
        this.tail = tail;
        tail.reset(start);
    }
    /** Feeds the bytes [from, to) of a block whose first byte is at global offset `base`. */
    feed(block, base, from, to) {
        if (to <= from)
            return;
        this.bytes += to - from;
        if (this.headUsed < this.limits.headBytes) {
            const end = Math.min(to, from + this.limits.headBytes - this.headUsed);
            this.regions.push({ start: base + from, bytes: Buffer.from(block.subarray(from, end)) });
            this.headUsed += end - from;
        }
        this.tail.write(block, from, to, base + to);
    }
    /** Keeps the lines around a hit at `index` of the block, unless a window already covers it. */
    keepWindow(block, base, index, blockEnd) {
        if (base + index < this.windowEnd || this.windowUsed >= this.limits.windowBytesPerStep)
            return;
        let start = index;
        for (let n = 0; n <= this.limits.linesBeforeHit && start > 0; n++)
            start = block.lastIndexOf(newline, start - 1);
        start = start <= 0 ? 0 : start + 1;
        let end = index;
        for (let n = 0; n < this.limits.linesAfterHit && end !== -1 && end < blockEnd; n++)
            end = block.indexOf(newline, end + 1);
        // A newline at blockEnd or past it is not the block's (stale bytes of a reused buffer).
        end = end === -1 || end >= blockEnd ? blockEnd : end + 1;
        this.regions.push({ start: base + start, bytes: Buffer.from(block.subarray(start, end)) });
        this.windowUsed += end - start;
        this.windowEnd = base + end;
    }
    /** `end`: the global offset where the next step begins; windows may reach past it. */
    finish(end) {
        const all = [...this.regions, this.tail.region()].sort((a, b) => a.start - b.start);
        const lines = [];
        let covered = this.start;
        let kept = 0;
        for (const region of all) {
            const regionEnd = Math.min(region.start + region.bytes.length, end);
            if (regionEnd <= covered)
                continue;
            const fresh = region.bytes.subarray(Math.max(0, covered - region.start), regionEnd - region.start);
            if (region.start > covered)
                lines.push(gapMarker);
            kept += fresh.length;
            // A region that starts mid-line (a clipped tail) loses its partial first line.
            const text = fresh.toString('utf8');
            const parts = text.split('\n');
            if (region.start > covered && region.start !== this.start && parts.length > 1)
                parts.shift();
            if (parts.at(-1) === '')
                parts.pop();
            for (const part of parts)
                lines.push(normalizeLogLine(part));
            covered = regionEnd;
        }
        dropCommandHeader(lines);
        const step = {
            name: this.name,
            failed: this.failed,
            cancelled: this.cancelled,
            lines,
            omittedBytes: Math.max(0, this.bytes - kept),
        };
        if (this.exitCode !== undefined)
            step.exitCode = this.exitCode;
        return step;
    }
}
/**
 * A `Run` step's log opens with the command, `shell:` and `env:` lines up to `##[endgroup]`:
 * the workflow's text, not the tool's output (the step's name keeps the command).
 */
function dropCommandHeader(lines) {
    const end = lines.indexOf('##[endgroup]');
    if (end !== -1 && end < 200)
        lines.splice(0, end + 1);
}
/** Where a line's text starts: after the runner's timestamp (`2026-11-25T13:10:52.3953351Z `), if any. */
function contentStart(block, lineStart) {
    // "YYYY-MM-DDTHH:MM:SS" then fraction digits then "Z ": checked on bytes, no decoding.
    if (block[lineStart + 4] === 0x2d && block[lineStart + 10] === 0x54) {
        const z = block.indexOf(0x5a, lineStart + 19); // 'Z'
        if (z !== -1 && z < lineStart + 40 && block[z + 1] === 0x20)
            return z + 2;
    }
    return lineStart;
}
function startsWith(block, at, prefix) {
    return block.toString('latin1', at, at + prefix.length) === prefix;
}
class JobLogScanner {
    job;
    limits;
    current;
    steps = [];
    annotations = [];
    framed = false;
    finishedNormally = false;
    cancelled = false;
    bytes = 0;
    lastByte = newline;
    tail;
    constructor(job, limits = defaultScanLimits) {
        this.job = job;
        this.limits = limits;
        this.tail = new TailRing(limits.tailBytes);
        this.current = new StepCollector('(before the first step)', 0, limits, this.tail);
    }
    /**
     * Scans a block of whole lines (the caller carries a partial last line over to the next
     * block; a single line longer than a block is cut). The block may be reused after return.
     */
    scan(block, length = block.length) {
        const base = this.bytes;
        let segmentStart = 0;
        let resumeAt = 0;
        for (let sliceStart = 0; sliceStart < length; sliceStart += sliceBytes) {
            const sliceEnd = Math.min(length, sliceStart + sliceBytes + sliceOverlap);
            const text = block.toString('latin1', sliceStart, sliceEnd);
            triggerPattern.lastIndex = Math.max(0, resumeAt - sliceStart);
            for (let match = triggerPattern.exec(text); match !== null; match = triggerPattern.exec(text)) {
                const index = sliceStart + match.index;
                // A match in the overlap belongs to the next slice, which finds it again.
                if (index >= sliceStart + sliceBytes)
                    break;
                const lineEnd = this.handleHit(block, base, length, index, match[0], segmentStart);
                if (lineEnd.segmentStart !== undefined)
                    segmentStart = lineEnd.segmentStart;
                resumeAt = lineEnd.end;
                triggerPattern.lastIndex = resumeAt - sliceStart;
                if (triggerPattern.lastIndex >= text.length)
                    break;
            }
        }
        this.current.feed(block, base, segmentStart, length);
        this.bytes += length;
        if (length > 0)
            this.lastByte = block[length - 1];
    }
    /** One trigger hit: a step boundary, an error annotation, or a line to keep with its neighbours. */
    handleHit(block, base, length, index, marker, segmentStart) {
        // Not lastIndexOf(…, -1): a negative offset counts from the buffer's end.
        const lineStart = index === 0 ? 0 : block.lastIndexOf(newline, index - 1) + 1;
        const lineEndRaw = block.indexOf(newline, index);
        const lineEnd = lineEndRaw === -1 || lineEndRaw >= length ? length : lineEndRaw;
        const at = contentStart(block, lineStart);
        const startsStep = at === index && (marker === 'Post job cleanup.' || (marker === '##[' && startsWith(block, at, '##[group]Run ')));
        if (startsStep) {
            this.framed = true;
            if (marker === 'Post job cleanup.')
                this.finishedNormally = true;
            this.current.feed(block, base, segmentStart, lineStart);
            const name = marker === '##[' ? block.toString('utf8', at + 13, lineEnd).trim() : '(post job cleanup)';
            this.startStep(name, base + lineStart);
            return { end: lineEnd, segmentStart: lineStart };
        }
        if (at === index && marker === '##[' && startsWith(block, at, '##[error]')) {
            this.recordError(block.toString('utf8', at + 9, lineEnd).trim());
        }
        this.current.keepWindow(block, base, lineStart, length);
        return { end: lineEnd };
    }
    recordError(message) {
        this.current.failed = true;
        const exit = /^Process completed with exit code (\d+)\.?$/.exec(message);
        if (exit) {
            this.current.exitCode = Number(exit[1]);
            return;
        }
        if (/^The operation was canceled\.?$/.test(message)) {
            this.current.cancelled = true;
            this.cancelled = true;
            return;
        }
        if (this.annotations.length < 50)
            this.annotations.push(normalizeLogLine(message));
    }
    startStep(name, start) {
        this.closeStep(start);
        this.current = new StepCollector(name, start, this.limits, this.tail);
    }
    closeStep(end) {
        if (this.current.failed)
            this.steps.push(this.current.finish(end));
    }
    finish() {
        // A job without post steps ends with the runner's last line instead of "Post job cleanup.".
        if (this.tail.lastLine() === 'Cleaning up orphan processes')
            this.finishedNormally = true;
        const truncated = this.lastByte !== newline || (this.framed && !this.finishedNormally && !this.cancelled);
        const last = this.current;
        // A log cut off inside a step, or raw tool output without framing: that step is what failed.
        if (!last.failed && (truncated || !this.framed) && (this.steps.length === 0 || !this.framed)) {
            if (this.bytes > 0)
                last.failed = true;
        }
        this.closeStep(this.bytes);
        return {
            job: this.job,
            steps: this.steps,
            annotations: this.annotations,
            truncated: this.bytes > 0 && truncated,
            cancelled: this.cancelled,
            framed: this.framed,
            bytes: this.bytes,
        };
    }
}

// EXTERNAL MODULE: ./src/analyze/parse-log/parse-findings.ts
var parse_findings = __webpack_require__(88691);
// EXTERNAL MODULE: ./src/analyze/reports/js-stack-trace.ts
var js_stack_trace = __webpack_require__(23100);
;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-js-test-output.ts



/**
 * The console output of JavaScript test runners: jest (`FAIL file`, `● A › B` blocks), vitest
 * (` FAIL  file > A > B` blocks, ` ❯ file:line:col` frames), node:test's spec reporter
 * (`✖ failing tests:`) and TAP (`not ok 1 - name`, node:test's default outside a terminal).
 */
const errorLine = /^\s*(?:thrown: "?)?((?:[A-Z]\w*)?(?:Error|Exception|Warning))(?: \[\w+\])?: (.*)$/;
/**
 * node:test's TAP reporter puts the error in the test's YAML block: `error: 'message'` or
 * `error: |-` with the message on the next line, and the class as `name: 'AssertionError'`.
 */
function tapYamlError(content) {
    const name = content.map((line) => /^name: '?(\w*(?:Error|Exception|Warning))'?$/.exec(line)?.[1]).find(Boolean);
    const at = content.findIndex((line) => line.startsWith('error: '));
    if (!name || at === -1)
        return undefined;
    const inline = content[at].slice('error: '.length);
    const message = /^[|>][-+]?$/.test(inline) ? content[at + 1] : inline.replace(/^'(.*)'$/, '$1').replaceAll("''", "'");
    return message ? `${name}: ${message}` : undefined;
}
function makeTestFailure(tool, nodeid, lines, testFile) {
    const content = lines.map((line) => line.trim()).filter(Boolean);
    // node:test reports an error raised after a test ended as `… created the error "X: message" …`.
    const created = content.map((line) => /created the error "([^"]+)"/.exec(line)?.[1]).find(Boolean);
    const errorMatch = [created ?? '', tapYamlError(content) ?? '', ...content].map((line) => errorLine.exec(line)).find(Boolean);
    const message = errorMatch ? `${errorMatch[1]}: ${errorMatch[2]}` : (content[0] ?? `${nodeid} failed`);
    const { frames } = (0,js_stack_trace/* readJsStackTrace */.l)(lines);
    const inRepo = frames.filter((frame) => !frame.file.startsWith('/') && !frame.file.includes('node_modules/'));
    const failure = {
        kind: 'test',
        tool,
        nodeid,
        outcome: 'failed',
        message: message.replace(/"$/, ''),
        details: (0,analyze_failure/* boundDetails */.Z)(lines),
        frames,
    };
    if (errorMatch)
        failure.errorType = errorMatch[1];
    const location = inRepo.at(-1);
    if (location) {
        failure.file = location.file;
        if (location.line !== undefined)
            failure.line = location.line;
    }
    else if (testFile) {
        failure.file = testFile;
    }
    return failure;
}
// ---- jest
const jestFileStatus = /^\s*(FAIL|PASS) (\S+\.[cm]?[jt]sx?)(?: \(.*\))?$/;
const jestBlockHeading = /^\s*● (.+)$/;
const jestTreeTest = /^(\s*)([✓✕○✎]) (.+?)(?: \(\d+(?:\.\d+)? ?m?s\))?$/;
const jestEnd = /^(?:Test Suites:|Tests:|Snapshots:|Time:|Ran all test suites)/;
function parseJestOutput(lines) {
    const failures = [];
    let file;
    let block;
    const tree = [];
    const closeBlock = () => {
        if (!block)
            return;
        const title = block.title.split(' › ');
        const suiteFailed = block.title === 'Test suite failed to run';
        const nodeid = suiteFailed || !block.file ? (block.file ?? block.title) : [block.file, ...title].join(' > ');
        if (!failures.some((failure) => failure.nodeid === nodeid))
            failures.push(makeTestFailure('jest', nodeid, block.lines, block.file));
        block = undefined;
    };
    const treeFailures = [];
    for (const line of lines) {
        const status = jestFileStatus.exec(line);
        if (status) {
            closeBlock();
            file = (0,runner_paths/* toRepoRelative */.oh)(status[2]) ?? status[2];
            tree.length = 0;
            continue;
        }
        const heading = jestBlockHeading.exec(line);
        if (heading && !/^Console$/.test(heading[1])) {
            closeBlock();
            block = { title: heading[1], lines: [], file };
            continue;
        }
        if (jestEnd.test(line.trim())) {
            closeBlock();
            continue;
        }
        if (block) {
            block.lines.push(line);
            continue;
        }
        // The result tree under `FAIL file`: describe names, then tests marked ✓ or ✕.
        if (!file || line.trim() === '')
            continue;
        const indent = line.length - line.trimStart().length;
        while (tree.length > 0 && tree.at(-1).indent >= indent)
            tree.pop();
        const test = jestTreeTest.exec(line);
        if (!test) {
            tree.push({ indent, name: line.trim() });
        }
        else if (test[2] === '✕') {
            const nodeid = [file, ...tree.map((entry) => entry.name), test[3]].join(' > ');
            treeFailures.push(makeTestFailure('jest', nodeid, [line], file));
        }
    }
    closeBlock();
    // A log cut off before the ● blocks still names the failed tests in its tree.
    for (const failure of treeFailures) {
        if (!failures.some((known) => known.nodeid === failure.nodeid))
            failures.push(failure);
    }
    return failures;
}
// ---- vitest
const vitestHeading = /^\s*FAIL {2}(\S+\.[cm]?[jt]sx?)(?: \[ (.+?) \]| > (.+))?\s*$/;
const vitestSeparator = /^\s*⎯{3,}/;
const vitestEnd = /^\s*(?:Test Files|Tests|Start at|Duration)\s/;
function parseVitestOutput(lines) {
    const failures = [];
    let block;
    const closeBlock = () => {
        if (block && !failures.some((failure) => failure.nodeid === block.nodeid)) {
            failures.push(makeTestFailure('vitest', block.nodeid, block.lines, block.file));
        }
        block = undefined;
    };
    for (const line of lines) {
        const heading = vitestHeading.exec(line);
        if (heading) {
            closeBlock();
            const file = (0,runner_paths/* toRepoRelative */.oh)(heading[1]) ?? heading[1];
            block = { nodeid: heading[3] ? `${file} > ${heading[3]}` : file, file, lines: [] };
            continue;
        }
        if (vitestSeparator.test(line) || vitestEnd.test(line)) {
            closeBlock();
            continue;
        }
        block?.lines.push(line);
    }
    closeBlock();
    return failures;
}
// ---- node:test (spec reporter and TAP)
const nodeFailingSection = /^✖ failing tests:$/;
const nodeFailedTest = /^(\s*)✖ (.+?) \([\d.]+m?s\)$/;
const nodeDiagnosticError = /^ℹ (?:Error: )?(.*(?:Error|Warning)\b.*)$/;
const tapNotOk = /^(\s*)not ok \d+ - (.+?)(?: # .*)?$/;
function parseNodeTestOutput(lines) {
    const failures = [];
    // Errors the runner reports outside any test (asynchronous activity after a test ended, …).
    const diagnostics = lines.filter((line) => nodeDiagnosticError.test(line));
    const sectionStart = lines.findIndex((line) => nodeFailingSection.test(line));
    const body = sectionStart === -1 ? lines : lines.slice(sectionStart + 1);
    let current;
    let pendingLocation;
    const close = () => {
        if (!current)
            return;
        const name = (0,runner_paths/* toRepoRelative */.oh)(current.name) ?? current.name;
        const file = current.location ?? (/\.[cm]?[jt]sx?$/.test(name) ? name : undefined);
        if (!failures.some((failure) => failure.nodeid === name)) {
            failures.push(makeTestFailure('node-test', name, [...current.lines, ...diagnostics], file));
        }
        current = undefined;
    };
    for (const line of body) {
        const location = /^test at (\S+?):\d+:\d+$/.exec(line.trim());
        if (location) {
            close();
            pendingLocation = (0,runner_paths/* toRepoRelative */.oh)(location[1]) ?? location[1];
            continue;
        }
        const failed = nodeFailedTest.exec(line) ?? tapNotOk.exec(line);
        if (failed) {
            close();
            current = { name: failed[2], indent: failed[1].length, lines: [] };
            if (pendingLocation)
                current.location = pendingLocation;
            pendingLocation = undefined;
            continue;
        }
        if (current && (line.trim() === '' || line.length - line.trimStart().length > current.indent)) {
            current.lines.push(line);
        }
        else {
            close();
        }
    }
    close();
    return failures;
}
function looksLikeJest(lines) {
    return lines.some((line) => jestFileStatus.test(line)) && !lines.some((line) => /^\s*RUN\s+v\d/.test(line));
}
function looksLikeVitest(lines) {
    return lines.some((line) => /^\s*RUN\s+v\d/.test(line) || /^\s*Test Files\s+\d/.test(line) || vitestHeading.test(line));
}
function looksLikeNodeTest(lines) {
    return lines.some((line) => nodeFailingSection.test(line) || /^ℹ (?:tests|fail) \d+$/.test(line) || /^# (?:tests|fail) \d+$/.test(line));
}

// EXTERNAL MODULE: ./src/analyze/reports/python-traceback.ts
var python_traceback = __webpack_require__(54423);
;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-pytest-output.ts





/**
 * pytest's console output: the FAILURES and ERRORS sections (one block per test, headed
 * `____ test_name ____`), the short test summary (`FAILED id - message`, `ERROR id`), and in
 * `-v` mode the progress lines (`tests/x.py::test_y PASSED`), which name a test that crashed
 * the interpreter or never finished.
 */
const sectionHeading = /^={3,} ?(.*?) ?={3,}$/;
const blockHeading = /^_{3,} (.+?) _{3,}$/;
const summaryLine = /^(FAILED|ERROR) (\S+)(?: - (.*))?$/;
const verboseLine = /^(\S+\.py(?:::\S+)+)(?: (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\b.*| (.+))?\s*$/;
const crashMarkers = /Fatal Python error: (.+)|^(Segmentation fault|Bus error|Killed)\b/;
function readBlocks(lines) {
    const blocks = [];
    let inSection = false;
    let current;
    for (const line of lines) {
        const section = sectionHeading.exec(line);
        if (section) {
            inSection = /^(?:FAILURES|ERRORS)$/.test(section[1]);
            current = undefined;
            continue;
        }
        if (!inSection)
            continue;
        const heading = blockHeading.exec(line);
        if (heading) {
            current = { title: heading[1], lines: [] };
            blocks.push(current);
        }
        else if (current && !/^-{3,} .* -{3,}$/.test(line)) {
            current.lines.push(line);
        }
    }
    return blocks;
}
/** `test_y`, `TestX.test_y` or `ERROR collecting tests/x.py` → how the summary ends the node id. */
function blockMatchesNodeid(title, nodeid) {
    const collecting = /^ERROR collecting (\S+)/.exec(title);
    if (collecting)
        return nodeid === collecting[1];
    const suffix = title.replace(/^ERROR at (?:setup|teardown) of /, '').replaceAll('.', '::');
    return nodeid.endsWith(`::${suffix}`) || nodeid === suffix;
}
function nodeidFromBlock(block, frames) {
    const collecting = /^ERROR collecting (\S+)/.exec(block.title);
    if (collecting)
        return collecting[1];
    const title = block.title.replace(/^ERROR at (?:setup|teardown) of /, '').replaceAll('.', '::');
    const testFile = frames.find((frame) => (0,runner_paths/* isRepoPath */.SL)(frame.file) && isTestFile(frame.file));
    return testFile ? `${testFile.file}::${title}` : title;
}
function failureFromBlock(nodeid, outcome, block, summaryMessage) {
    const lines = block?.lines ?? [];
    const traceback = (0,python_traceback/* readPythonTraceback */.F)(lines);
    const { frames, errorType } = traceback;
    const message = traceback.message ?? summaryMessage ?? errorType ?? `${nodeid} ${outcome}`;
    const failure = {
        kind: 'test',
        tool: 'pytest',
        nodeid,
        outcome,
        message,
        details: (0,analyze_failure/* boundDetails */.Z)(lines),
        frames,
    };
    if (errorType)
        failure.errorType = errorType;
    const file = traceback.file ?? (0,runner_paths/* toRepoRelative */.oh)(nodeid.split('::')[0]);
    if (file)
        failure.file = file;
    if (traceback.file && traceback.line !== undefined)
        failure.line = traceback.line;
    return failure;
}
/** A test that took the interpreter down (segfault) or never finished (a hang until the run was cancelled). */
function unfinishedTest(lines) {
    let lastStarted;
    for (let index = 0; index < lines.length; index++) {
        const match = verboseLine.exec(lines[index]);
        if (!match)
            continue;
        lastStarted = match[2] ? undefined : { nodeid: match[1], index, ...(match[3] ? { rest: match[3] } : {}) };
    }
    if (!lastStarted)
        return undefined;
    const after = lines.slice(lastStarted.index + 1);
    const crash = [lastStarted.rest ?? '', ...after].map((line) => crashMarkers.exec(line)).find(Boolean);
    const errorType = crash ? (crash[1] ?? crash[2]).trim() : 'Unfinished';
    const message = crash ? `Fatal: ${errorType}` : 'The test started but never finished (the job ended while it ran).';
    // faulthandler prints the most recent call first; frames run outermost first.
    const { frames: printed } = (0,python_traceback/* readPythonTraceback */.F)(after);
    const frames = after.some((line) => line.includes('most recent call first')) ? printed.reverse() : printed;
    const deepest = [...frames].reverse().find((frame) => (0,runner_paths/* isRepoPath */.SL)(frame.file) && !isTestFile(frame.file));
    const failure = {
        kind: 'test',
        tool: 'pytest',
        nodeid: lastStarted.nodeid,
        outcome: 'failed',
        message,
        errorType,
        details: (0,analyze_failure/* boundDetails */.Z)([lines[lastStarted.index], ...after]),
        frames,
    };
    const file = deepest?.file ?? (0,runner_paths/* toRepoRelative */.oh)(lastStarted.nodeid.split('::')[0]);
    if (file)
        failure.file = file;
    if (deepest?.line !== undefined)
        failure.line = deepest.line;
    return failure;
}
function looksLikePytest(lines) {
    return lines.some((line) => /^={3,} (?:test session starts|FAILURES|ERRORS|short test summary info) ={3,}$/.test(line) ||
        summaryLine.test(line) ||
        /^\d+ (?:failed|passed|errors?)\b.* in [\d.]+s\b/.test(line.replace(/^=+ | =+$/g, '')));
}
function parsePytestOutput(lines) {
    const blocks = readBlocks(lines);
    const failures = [];
    const usedBlocks = new Set();
    for (const line of lines) {
        const summary = summaryLine.exec(line);
        if (!summary)
            continue;
        const nodeid = summary[2];
        if (failures.some((failure) => failure.nodeid === nodeid))
            continue;
        const block = blocks.find((candidate) => !usedBlocks.has(candidate) && blockMatchesNodeid(candidate.title, nodeid));
        if (block)
            usedBlocks.add(block);
        failures.push(failureFromBlock(nodeid, summary[1] === 'ERROR' ? 'error' : 'failed', block, summary[3]));
    }
    // A log cut off before the summary still has its blocks.
    for (const block of blocks) {
        if (usedBlocks.has(block))
            continue;
        const { frames } = (0,python_traceback/* readPythonTraceback */.F)(block.lines);
        const outcome = block.title.startsWith('ERROR ') ? 'error' : 'failed';
        failures.push(failureFromBlock(nodeidFromBlock(block, frames), outcome, block));
    }
    if (failures.length === 0) {
        const unfinished = unfinishedTest(lines);
        if (unfinished)
            failures.push(unfinished);
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-step-output.ts








/** Test runners, each recognised by the shape of its output, tried in order. */
const testRunners = [
    { looksLike: looksLikePytest, parse: parsePytestOutput },
    { looksLike: looksLikeVitest, parse: parseVitestOutput },
    { looksLike: looksLikeJest, parse: parseJestOutput },
    { looksLike: looksLikeNodeTest, parse: parseNodeTestOutput },
];
/** Everything recognisable in a step's output: failing tests and lint or type findings. */
function parseToolOutput(lines) {
    const failures = [];
    for (const runner of testRunners) {
        if (runner.looksLike(lines))
            failures.push(...runner.parse(lines));
    }
    failures.push(...(0,parse_findings/* parseFindings */.Sn)(lines));
    return failures;
}
const errorWord = /\b(?:error|Error|ERROR|FAILED|FAIL|fatal|Fatal|panic|Traceback|not ok|Segmentation fault|Killed|exceeded|slower than)\b|[✖✕×]/;
const noise = /^(?:##\[|shell: |env:|\s+\w+: |npm (?:notice|warn)|Post job cleanup|\[command\])/;
/**
 * A failed step whose output no parser recognised (a build script, an install, a custom check):
 * one failure whose message is the step's most telling line, with the lines around it.
 */
function describeUnrecognisedStep(step, annotations, job) {
    const lines = step.lines.filter((line) => line !== gapMarker);
    const traceback = lines.findLastIndex((line) => line.startsWith('Traceback (most recent call last)'));
    const window = traceback !== -1 ? lines.slice(traceback) : lines.slice(-60);
    const python = traceback !== -1 ? (0,python_traceback/* readPythonTraceback */.F)(window) : undefined;
    const exception = python?.errorType ? { errorType: python.errorType, message: python.message ?? python.errorType } : undefined;
    const telling = [...window].reverse().find((line) => errorWord.test(line) && !noise.test(line));
    const message = exception?.message ??
        annotations[0] ??
        telling?.trim() ??
        (step.cancelled ? 'The job was cancelled while this step ran.' : `The step failed with exit code ${step.exitCode ?? 'unknown'}.`);
    const frames = python ? python.frames : (0,js_stack_trace/* readJsStackTrace */.l)(window).frames;
    const deepest = frames.filter((frame) => (0,runner_paths/* isRepoPath */.SL)(frame.file)).at(-1);
    const failure = {
        kind: 'step',
        tool: 'step',
        nodeid: `${job} › ${step.name}`,
        outcome: 'failed',
        message,
        details: (0,analyze_failure/* boundDetails */.Z)([...annotations.map((annotation) => `##[error]${annotation}`), ...window.filter((line) => !noise.test(line))]),
        frames,
        job,
    };
    if (exception)
        failure.errorType = exception.errorType;
    if (step.cancelled)
        failure.errorType = 'Cancelled';
    if (deepest) {
        failure.file = deepest.file;
        if (deepest.line !== undefined)
            failure.line = deepest.line;
    }
    return failure;
}

;// CONCATENATED MODULE: ./src/analyze/relevant-logs.ts

/**
 * The error windows a person (and the model) needs: for each failure, its headline and the
 * lines of its own output that carry the error, bounded; never the whole log.
 */
const maxLines = 150;
const maxFailuresShown = 12;
const maxLinesPerFailure = 30;
const maxLineLength = 400;
function clip(line) {
    return line.length > maxLineLength ? `${line.slice(0, maxLineLength)}…` : line;
}
function headlineOf(failure) {
    if (failure.kind === 'finding') {
        const where = failure.line === undefined ? failure.file : `${failure.file}:${failure.line}`;
        return `${where}: ${failure.message}${failure.rule && failure.rule !== failure.tool ? ` [${failure.rule}]` : ''}`;
    }
    return `${failure.nodeid}: ${failure.message}`;
}
function relevantLogsOf(failures, annotations) {
    const lines = annotations.map((annotation) => `##[error]${annotation}`);
    for (const failure of failures.slice(0, maxFailuresShown)) {
        lines.push(headlineOf(failure));
        const details = failure.details.filter((line) => line.trim() !== '' && line !== gapMarker && !(line.startsWith('##[error]') && lines.includes(line)));
        lines.push(...details.slice(-maxLinesPerFailure));
        if (lines.length >= maxLines)
            break;
    }
    if (failures.length > maxFailuresShown)
        lines.push(`… and ${failures.length - maxFailuresShown} more failures (see failures[])`);
    return [...lines.slice(0, maxLines)].map(clip);
}

;// CONCATENATED MODULE: ./src/analyze/suggestions.ts


// Import names that differ from the package to install.
const packageOfModule = {
    yaml: 'PyYAML',
    cv2: 'opencv-python',
    PIL: 'Pillow',
    sklearn: 'scikit-learn',
    bs4: 'beautifulsoup4',
    dateutil: 'python-dateutil',
    dotenv: 'python-dotenv',
    jwt: 'PyJWT',
    Crypto: 'pycryptodome',
    OpenSSL: 'pyOpenSSL',
    serial: 'pyserial',
    git: 'GitPython',
    magic: 'python-magic',
    attr: 'attrs',
    google: 'protobuf (or the google-* package that provides it)',
};
const suggestionRules = [
    { pattern: /\butcnow\(\) is deprecated/, advice: () => 'Use datetime.now(timezone.utc) instead of datetime.utcnow()' },
    {
        pattern: /\butcfromtimestamp\(\) is deprecated/,
        advice: () => 'Use datetime.fromtimestamp(ts, timezone.utc) instead of datetime.utcfromtimestamp(ts)',
    },
    { pattern: /The `(\w+)` method is deprecated; use `(\w+)` instead/, advice: (m) => `Use .${m[2]}() instead of the deprecated .${m[1]}()` },
    {
        pattern: /Buffer\(\) is deprecated/,
        advice: () => 'Use Buffer.from(), Buffer.alloc() or Buffer.allocUnsafe() instead of the deprecated Buffer() constructor',
    },
    {
        pattern: /(\w[\w.]*) is deprecated[^\n]*?,? in favou?r of (?:the )?(\S+)/,
        advice: (m) => `Migrate from ${m[1]} to ${m[2]}, or silence this third-party warning with a targeted filterwarnings entry and a comment`,
    },
    { pattern: /NameError: name '(\w+)' is not defined/, advice: (m) => `Import or define '${m[1]}' in the module that uses it (e.g. add \`import ${m[1]}\`)` },
    {
        pattern: /cannot import name '(\w+)' from '([\w.]+)'/,
        advice: (m) => `'${m[2]}' no longer provides '${m[1]}': import its current name (look for a rename in ${m[2]}) or restore it`,
    },
    {
        pattern: /(\w+)\(\) missing (\d+) required (?:positional |keyword-only )?arguments?: (.+)$/m,
        advice: (m) => `Pass ${m[3]} where ${m[1]}() is called, or give the parameter a default if callers may omit it`,
    },
    {
        pattern: /(\w+)\(\) got an unexpected keyword argument '(\w+)'/,
        advice: (m) => `${m[1]}() has no parameter '${m[2]}': update the call to the current signature, or add the parameter`,
    },
    {
        pattern: /Exceeded timeout of (\d+) ?ms|Failed: Timeout >([\d.]+)s|Test timed out in (\d+) ?ms/,
        advice: () => 'Make the test deterministic and fast: inject short delays or fake timers, wait on an explicit condition with a timeout; do not only raise the timeout or add a sleep',
    },
];
function moduleAdvice(failure, workspace) {
    const missing = missingModuleOf(failure, workspace);
    if (!missing)
        return undefined;
    if (missing.thirdParty === true) {
        const top = missing.name.split('/')[0].split('.')[0];
        const isJs = /Cannot find (?:module|package)|Failed to resolve import/.test(failure.message);
        return isJs
            ? `Add the package '${missing.name}' to package.json dependencies (or fix the import if it was renamed)`
            : `Add ${packageOfModule[top] ?? top} to the project's requirements (the module '${missing.name}' is not installed on the runner)`;
    }
    const normalize = (name) => name.toLowerCase().replace(/[-_]/g, '');
    const stem = normalize(missing.name.split(/[./]/).at(-1));
    const sources = (workspace?.files ?? []).filter((file) => /\.(?:py|[cm]?[jt]sx?)$/.test(file) && !isTestFile(file));
    const nameOf = (file) => normalize(file.split('/').at(-1).replace(/\.[^.]+$/, ''));
    // A renamed module keeps its words: formatMoney → format-money, kpi.format → kpi/formatting.
    const similar = sources.find((file) => nameOf(file) === stem) ??
        sources.find((file) => nameOf(file) !== stem && (nameOf(file).startsWith(stem) || stem.startsWith(nameOf(file))));
    return similar
        ? `'${missing.name}' does not exist in the repository: fix the import path (did you mean ${similar}?)`
        : `'${missing.name}' does not exist in the repository: fix the import path or restore the module`;
}
const lintAdvice = {
    black: (files) => `Run \`black ${files}\` to apply the project's formatting`,
    isort: (files) => `Run \`isort ${files}\` to sort the imports`,
    prettier: (files) => `Run \`npx prettier --write ${files}\``,
    eslint: (files) => `Fix the eslint errors in ${files} (some rules are auto-fixable with \`npx eslint --fix\`)`,
    ruff: (files) => `Fix the ruff findings in ${files} (\`ruff check --fix\` handles the fixable ones)`,
};
function byType(fixType, failures) {
    const files = [...new Set(failures.map((failure) => failure.file).filter(Boolean))].join(' ');
    switch (fixType) {
        case 'lint': {
            const tools = [...new Set(failures.map((failure) => failure.tool))];
            return tools.map((tool) => {
                const toolFiles = [...new Set(failures.filter((failure) => failure.tool === tool).map((failure) => failure.file))].join(' ');
                const rules = [...new Set(failures.filter((failure) => failure.tool === tool).map((failure) => failure.rule))].join(', ');
                return lintAdvice[tool]?.(toolFiles) ?? `Fix the ${tool} findings (${rules}) in ${toolFiles}`;
            });
        }
        case 'type_error': {
            const findings = failures.filter((failure) => failure.kind === 'finding');
            return findings.length > 0
                ? [`Fix the ${findings.length} type error(s) reported by ${[...new Set(findings.map((f) => f.tool))].join(', ')} in ${files}, starting with: ${findings[0].message}`]
                : ['Make the call match the signature of the function it calls'];
        }
        case 'warning':
            return ['Remove the deprecated call at its source; silence a warning only when it comes from a third-party library, with a targeted filterwarnings entry and a comment'];
        case 'flaky_test':
            return ['Remove the nondeterminism (ordering, timing, randomness) rather than retrying or skipping the test'];
        case 'drift':
            return ['Performance or resource budget regression: compare with the baseline, profile the change and decide whether the code or the budget must change'];
        case 'unknown':
            return ['Needs a person: read the failing test and the code it exercises; this is not a pattern Autoheal fixes'];
        case 'import_error':
            return [];
    }
}
function suggestionsFor(fixType, failures, workspace) {
    const advice = [];
    for (const failure of failures) {
        const text = `${failure.message}\n${failure.details.join('\n')}`;
        for (const rule of suggestionRules) {
            const match = rule.pattern.exec(text);
            if (match)
                advice.push(rule.advice(match));
        }
        const module = moduleAdvice(failure, workspace);
        if (module)
            advice.push(module);
    }
    advice.push(...byType(fixType, failures));
    return [...new Set(advice)].slice(0, 8);
}

;// CONCATENATED MODULE: ./src/analyze/analyze-run.ts







const pythonTools = new Set(['pytest', 'mypy', 'flake8', 'pylint', 'black', 'isort', 'ruff', 'pyright']);
const nodeTools = new Set(['jest', 'vitest', 'node-test', 'tsc', 'eslint', 'prettier']);
const maxFailures = 200;
function failuresOfLogs(logs) {
    const failures = [];
    for (const log of logs) {
        for (const step of log.steps) {
            const parsed = parseToolOutput(step.lines);
            const found = parsed.length > 0 ? parsed : [describeUnrecognisedStep(step, log.annotations, log.job)];
            for (const failure of found)
                failures.push({ ...failure, job: log.job });
        }
    }
    return failures;
}
/** The same test or finding seen in a log and in a report becomes one, with the richer details of either. */
function mergeFailures(fromLogs, fromReports) {
    const merged = [...fromLogs];
    for (const reported of fromReports) {
        const index = merged.findIndex((known) => known.nodeid === reported.nodeid);
        if (index === -1) {
            merged.push(reported);
            continue;
        }
        const known = merged[index];
        const richer = reported.details.length > known.details.length ? reported : known;
        // A log cut off mid-failure names the test but not its error; the report has it.
        const knowsError = known.errorType !== undefined || reported.errorType === undefined;
        merged[index] = {
            ...known,
            message: knowsError ? known.message : reported.message,
            errorType: known.errorType ?? reported.errorType,
            file: known.file ?? reported.file,
            line: known.line ?? reported.line,
            details: richer.details,
            frames: known.frames.length >= reported.frames.length ? known.frames : reported.frames,
        };
    }
    // A step described only by its exit code says nothing once a parser found its tests or findings.
    const specific = merged.some((failure) => failure.kind !== 'step');
    return specific ? merged.filter((failure) => failure.kind !== 'step' || !/^The step failed with exit code/.test(failure.message)) : merged;
}
function ecosystemOf(failures, workspace) {
    const tools = failures.map((failure) => failure.tool);
    if (tools.some((tool) => pythonTools.has(tool)))
        return 'python';
    if (tools.some((tool) => nodeTools.has(tool)))
        return 'node';
    const files = failures.flatMap((failure) => failure.frames.map((frame) => frame.file));
    if (files.some((file) => file.endsWith('.py')))
        return 'python';
    if (files.some((file) => /\.[cm]?[jt]sx?$/.test(file)))
        return 'node';
    if (workspace?.has('package.json'))
        return 'node';
    if (['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'].some((file) => workspace?.has(file)))
        return 'python';
    return 'unknown';
}
function jobSummaries(logs, jobs = []) {
    const summaries = logs.map((log) => {
        const info = jobs.find((job) => job.name === log.job);
        const summary = {
            name: log.job,
            conclusion: log.cancelled ? 'cancelled' : log.truncated ? 'truncated' : log.steps.length > 0 ? 'failure' : 'unknown',
        };
        const failedStep = log.steps[0]?.name ?? info?.failedStep;
        if (failedStep)
            summary.failed_step = failedStep;
        if (info?.url)
            summary.url = info.url;
        return summary;
    });
    for (const job of jobs) {
        if (summaries.some((summary) => summary.name === job.name))
            continue;
        summaries.push({ name: job.name, conclusion: 'failure', ...(job.failedStep ? { failed_step: job.failedStep } : {}), ...(job.url ? { url: job.url } : {}) });
    }
    return summaries;
}
function toRecord({ failure, classification }) {
    const record = {
        nodeid: failure.nodeid,
        outcome: failure.outcome,
        message: failure.message.length > 1000 ? `${failure.message.slice(0, 1000)}…` : failure.message,
        kind: failure.kind,
        tool: failure.tool,
        fix_type: classification.fixType,
    };
    if (failure.file)
        record.file = failure.file;
    if (failure.line !== undefined && failure.line > 0)
        record.line = failure.line;
    if (failure.rule)
        record.rule = failure.rule;
    if (failure.job)
        record.job = failure.job;
    return record;
}
function describeReason(primary, classified, secondary) {
    const ofPrimary = classified.filter((entry) => entry.classification.fixType === primary);
    const because = [...new Set(ofPrimary.map((entry) => entry.classification.because))].join('; ');
    const count = ofPrimary.length;
    const what = count === 1 ? '1 failure' : `${count} failures`;
    const also = secondary.length > 0 ? ` The run also failed with: ${secondary.join(', ')}.` : '';
    return `${what} classified as ${primary}: ${because}.${also}`;
}
function analyzeRun(input) {
    const diagnostics = [...(input.diagnostics ?? [])];
    for (const log of input.logs) {
        if (log.truncated)
            diagnostics.push(`The log of job '${log.job}' is cut off; the analysis used what it holds and the reports.`);
        if (log.bytes === 0)
            diagnostics.push(`The log of job '${log.job}' is empty.`);
    }
    const failures = mergeFailures(failuresOfLogs(input.logs), input.reports.flatMap((report) => report.failures));
    const classified = failures.map((failure) => ({ failure, classification: classifyFailure(failure) }));
    const types = fixTypePriority.filter((type) => classified.some((entry) => entry.classification.fixType === type));
    const primary = types[0] ?? 'unknown';
    const secondary = types.slice(1);
    const ofType = (type) => classified.filter((entry) => entry.classification.fixType === type);
    const confidence = ofType(primary).reduce((best, entry) => strongerConfidence(best, entry.classification.confidence), 'none');
    const excluded = new Set(input.excludeFixTypes ?? []);
    // A low-confidence guess is not worth a model call: a person gets the analysis instead.
    const canAutoFix = fixableTypes.has(primary) && !excluded.has(primary) && (confidence === 'high' || confidence === 'medium');
    // One PR fixes every fixable failure of the run, primary first.
    const fixTypesToChange = [primary, ...secondary.filter((type) => fixableTypes.has(type) && !excluded.has(type))];
    const ordered = [...ofType(primary), ...classified.filter((entry) => entry.classification.fixType !== primary)];
    const affectedFiles = [
        ...new Set(fixTypesToChange.flatMap((type) => ofType(type).flatMap((entry) => affectedFilesOf(entry.failure, type, input.workspace)))),
    ];
    const suggestions = [
        ...new Set(fixTypesToChange.flatMap((type) => suggestionsFor(type, ofType(type).map((entry) => entry.failure), input.workspace))),
    ].slice(0, 10);
    const reason = classified.length === 0
        ? 'Nothing in the logs or reports shows a failing test, a finding or a failed step: there is nothing to fix automatically.'
        : describeReason(primary, classified, secondary);
    if (classified.length === 0 && input.logs.length === 0 && input.reports.length === 0) {
        diagnostics.push('No job log and no report was available to analyze.');
    }
    // Typed by construction; the zod schema guards where a context is read back (`autoheal fix`).
    return {
        fix_type: primary,
        can_auto_fix: canAutoFix,
        confidence,
        workflow_run_id: input.workflowRunId,
        failures: ordered.slice(0, maxFailures).map(toRecord),
        relevant_logs: relevantLogsOf(ordered.map((entry) => entry.failure), input.logs.flatMap((log) => log.annotations)),
        affected_files: affectedFiles,
        suggestions,
        secondary_types: secondary,
        ecosystem: ecosystemOf(failures, input.workspace),
        jobs: jobSummaries(input.logs, input.jobs),
        fingerprint: fingerprintOf(primary, failures),
        reason: excluded.has(primary)
            ? `${reason} ${primary} is excluded by exclude_fix_types.`
            : fixableTypes.has(primary) && !canAutoFix
                ? `${reason} The confidence is too low to fix it automatically.`
                : reason,
        diagnostics,
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/analyze/read-job-log.ts


const blockBytes = 4 * 1024 * 1024;
/**
 * Streams a job log file through the scanner in line-aligned blocks: memory stays flat for a
 * 2 GB log. Two buffers take turns, so the next block is read while this one is scanned. A line
 * longer than a block is cut at the block's end.
 */
async function readJobLog(path, job, limits = defaultScanLimits) {
    const scanner = new JobLogScanner(job, limits);
    const file = await (0,promises_.open)(path, 'r');
    try {
        let current = Buffer.allocUnsafe(blockBytes);
        let spare = Buffer.allocUnsafe(blockBytes);
        let carried = 0;
        let reading = file.read(current, 0, blockBytes, null);
        for (;;) {
            const { bytesRead } = await reading;
            const filled = carried + bytesRead;
            if (bytesRead === 0) {
                if (filled > 0)
                    scanner.scan(current, filled);
                break;
            }
            const lastNewline = current.lastIndexOf(0x0a, filled - 1);
            const cut = lastNewline === -1 ? filled : lastNewline + 1;
            // The partial last line opens the next block, which is read while this one is scanned.
            carried = filled - cut;
            current.copy(spare, 0, cut, filled);
            reading = file.read(spare, carried, blockBytes - carried, null);
            scanner.scan(current, cut);
            [current, spare] = [spare, current];
        }
    }
    finally {
        await file.close();
    }
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/analyze/load-run-files.ts






/**
 * The I/O edge of the analysis: job logs and report artifacts from folders on disk (what
 * `collect` downloaded, or what a person got with `gh run download`). What cannot be read
 * becomes a diagnostic sentence; the analysis goes on with the rest.
 */
const maxFiles = 2_000;
const maxReportBytes = 64 * 1024 * 1024;
const logExtensions = /\.(?:txt|log)$/i;
async function listFiles(root) {
    const found = [];
    const walk = async (directory) => {
        const entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (found.length >= maxFiles)
                return;
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                found.push(path);
        }
    };
    await walk(root);
    return found;
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false; // missing: git keeps no empty folders, so "no logs" is normal
    }
}
const jobNameOf = (root, file) => (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/').replace(logExtensions, '');
async function loadJobLogs(logsDir) {
    if (!logsDir || !(await isDirectory(logsDir)))
        return { logs: [], diagnostics: [] };
    const logs = [];
    const diagnostics = [];
    for (const file of await listFiles(logsDir)) {
        if (!logExtensions.test(file))
            continue;
        try {
            logs.push(await readJobLog(file, jobNameOf(logsDir, file)));
        }
        catch (error) {
            diagnostics.push(`Could not read the log ${(0,external_node_path_.relative)(logsDir, file)}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    return { logs, diagnostics };
}
/** A `tee` copy of a tool's console output among the artifacts: the log parsers read it, without step framing. */
function failuresOfConsoleCopy(content) {
    const lines = content.split('\n').map(normalizeLogLine);
    return parseToolOutput(lines);
}
async function loadReports(artifactsDir) {
    if (!artifactsDir || !(await isDirectory(artifactsDir)))
        return { reports: [], diagnostics: [] };
    const reports = [];
    const diagnostics = [];
    // The XML and JSON report parsers load only when there are artifacts to read.
    const { parseReport } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(491), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 97730));
    for (const file of await listFiles(artifactsDir)) {
        const fileName = (0,external_node_path_.relative)(artifactsDir, file).split(external_node_path_.sep).join('/');
        try {
            const { size } = await (0,promises_.stat)(file);
            if (size > maxReportBytes) {
                diagnostics.push(`Skipped the artifact file ${fileName}: ${Math.round(size / 1024 / 1024)} MB is more than a report can be.`);
                continue;
            }
            const content = await (0,promises_.readFile)(file, 'utf8');
            const parsed = parseReport(fileName, content);
            diagnostics.push(...parsed.diagnostics);
            if (parsed.format !== undefined) {
                reports.push({ fileName, failures: parsed.failures });
            }
            else if (logExtensions.test(file)) {
                const failures = failuresOfConsoleCopy(content);
                if (failures.length > 0)
                    reports.push({ fileName, failures });
            }
        }
        catch (error) {
            diagnostics.push(`Could not read the artifact file ${fileName}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    return { reports, diagnostics };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/analyze/workspace.ts


const skippedDirectories = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.mypy_cache', '.pytest_cache', '.tox', 'dist', 'build', 'coverage', '.next']);
const workspace_maxFiles = 20_000;
const maxReadBytes = 512 * 1024;
function readWorkspace(root) {
    const files = [];
    const walk = (directory) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
        }
        catch {
            return; // an unreadable folder is as good as absent for the analysis
        }
        for (const entry of entries) {
            if (files.length >= workspace_maxFiles)
                return;
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (entry.isDirectory()) {
                if (!skippedDirectories.has(entry.name))
                    walk(path);
            }
            else if (entry.isFile()) {
                files.push((0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/'));
            }
        }
    };
    walk(root);
    const known = new Set(files);
    const cache = new Map();
    return {
        files,
        has: (path) => known.has(path),
        read: (path) => {
            if (!known.has(path))
                return undefined;
            if (!cache.has(path)) {
                try {
                    const full = (0,external_node_path_.join)(root, path);
                    cache.set(path, (0,external_node_fs_.statSync)(full).size > maxReadBytes ? undefined : (0,external_node_fs_.readFileSync)(full, 'utf8'));
                }
                catch {
                    cache.set(path, undefined);
                }
            }
            return cache.get(path);
        },
    };
}
/** A workspace held in memory: for tests, and for analyses without a checkout. */
function workspaceFromFiles(contents) {
    const files = Object.keys(contents);
    return { files, has: (path) => Object.hasOwn(contents, path), read: (path) => (Object.hasOwn(contents, path) ? contents[path] : undefined) };
}

// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/github/github-api-error.ts


/**
 * A GitHub call that failed. `status` is the HTTP status, or undefined when the connection broke
 * off while a body was streaming; callers decide on it, never on the message text.
 */
class GitHubApiError extends errors/* AutohealError */.MM {
    status;
    name = 'GitHubApiError';
    constructor(message, remedy, status, options) {
        super(message, remedy, options);
        this.status = status;
    }
}
/** Wraps what Octokit threw into our type; anything that is not a GitHub answer is rethrown as is. */
function toGitHubApiError(error, action) {
    if (error instanceof GitHubApiError)
        return error;
    if (!(error instanceof dist_src/* RequestError */.G))
        throw error;
    // Octokit reports a connection that never got an answer as status 500; it is not GitHub's 500.
    if (error.response === undefined) {
        return new GitHubApiError(`Could not ${action}: GitHub could not be reached (${error.message})`, 'Check GITHUB_API_URL and the runner\'s network and proxy settings.', undefined, { cause: error });
    }
    const isRateLimited = error.response?.headers['x-ratelimit-remaining'] === '0';
    const remedy = isRateLimited
        ? 'The token ran out of API rate limit: run again after the reset time GitHub gives.'
        : describeStatusRemedy(error.status);
    return new GitHubApiError(`Could not ${action}: GitHub answered ${error.status} (${error.message})`, remedy, error.status, {
        cause: error,
    });
}
/** Wraps an error thrown while a response body was being read (a reset connection, a timeout). */
function toInterruptedDownloadError(error, action) {
    return new GitHubApiError(`Could not ${action}: the download broke off (${(0,errors/* getErrorMessage */.u1)(error)})`, 'This is usually a passing network problem: run the workflow again.', undefined, { cause: error });
}
function describeStatusRemedy(status) {
    if (status === 401)
        return 'The token is invalid or has expired: check the `github-token` input.';
    if (status === 403) {
        return 'The token may not read Actions data: give the workflow `permissions: { actions: read, contents: read }` (or use a token that has them).';
    }
    if (status === 404)
        return 'GitHub does not know it, or the token cannot see the repository.';
    if (status === 410)
        return "It has expired: GitHub keeps logs and artifacts only for the repository's retention period.";
    if (status >= 500)
        return 'GitHub (or the network to it) failed: run the workflow again later.';
    return 'See the message from GitHub above.';
}

;// CONCATENATED MODULE: ./src/collect/describe-github-failure.ts
const reRunAdvice = 'Re-run the failed jobs to produce new ones.';
/**
 * One sentence for the job summary: what could not be fetched, why, and what to do. `subject`
 * names the thing as a person knows it (`the log of job "lint"`, `artifact "junit"`).
 */
function describeGitHubFailure(subject, error) {
    switch (error.status) {
        case 410:
            return `${capitalize(subject)} has expired (GitHub answered 410 Gone): GitHub keeps logs and artifacts only for the repository's retention period (90 days unless changed). ${reRunAdvice}`;
        case 404:
            return `${capitalize(subject)} was not found (GitHub answered 404): it has expired or was deleted, or the job never ran. ${reRunAdvice}`;
        case 403:
            return `Autoheal may not read ${subject} (GitHub answered 403). ${error.remedy}`;
        default:
            return `${error.message} (${subject}). ${error.remedy}`;
    }
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/collect/extract-zip.ts




const defaultZipLimits = {
    maxEntryBytes: 64 * 1024 * 1024,
    maxTotalBytes: 256 * 1024 * 1024,
    maxEntries: 10_000,
};
// yauzl 3 exports it; @types/yauzl, written for yauzl 2, does not declare it.
const { getFileNameLowLevel } = yauzl;
const fileTypeMask = 0o170000;
const symbolicLinkType = 0o120000;
const regularFileType = 0o100000;
const directoryType = 0o040000;
/**
 * Extracts an artifact, which a fork's pull request may have written: an entry that would land
 * outside `destinationDir`, a link, or one over a cap is skipped with its reason while the rest
 * is extracted. An archive that cannot be read at all is an InputError.
 */
async function extractZip(zipFile, destinationDir, limits = {}) {
    const { maxEntryBytes, maxTotalBytes, maxEntries } = { ...defaultZipLimits, ...limits };
    await (0,promises_.mkdir)(destinationDir, { recursive: true });
    // Compared with real paths, so a destination reached through a link still contains its entries.
    const root = await (0,promises_.realpath)(destinationDir);
    const zip = await openZip(zipFile);
    // yauzl may report a read failure between entries; an 'error' event nobody listens to would
    // crash the process, and a later readEntry() would wait forever. Keep it for readNextEntry.
    const failure = {};
    zip.on('error', (error) => {
        failure.error ??= error;
    });
    const result = { files: [], skipped: [], totalBytes: 0 };
    try {
        for (let entryIndex = 0;; entryIndex += 1) {
            const entry = await readNextEntry(zip, zipFile, failure);
            if (entry === undefined)
                break;
            if (entryIndex >= maxEntries) {
                result.skipped.push({
                    name: `(${zip.entryCount - maxEntries} more entries)`,
                    reason: `the archive has ${zip.entryCount} entries and only the first ${maxEntries} are read`,
                });
                break;
            }
            const name = decodeEntryName(entry);
            const relativePath = toRelativePath(name);
            const refusal = checkEntry(entry, name, relativePath);
            if (refusal !== undefined) {
                result.skipped.push({ name, reason: refusal });
                continue;
            }
            // `./` names the destination itself: nothing to make.
            if (relativePath === '')
                continue;
            const target = external_node_path_default().join(root, relativePath);
            if (!isInside(root, target)) {
                result.skipped.push({ name, reason: 'its path leads outside the destination folder' });
                continue;
            }
            if (isDirectoryEntry(entry, name)) {
                const failure = await makeDirectory(target);
                if (failure !== undefined)
                    result.skipped.push({ name, reason: failure });
                continue;
            }
            const remainingBytes = maxTotalBytes - result.totalBytes;
            const sizeLimit = Math.min(maxEntryBytes, remainingBytes);
            const sizeReason = remainingBytes < maxEntryBytes
                ? `the archive's files together exceed maxTotalBytes (${maxTotalBytes} bytes)`
                : `it is larger than maxEntryBytes (${maxEntryBytes} bytes)`;
            // The header's size is only a hint for skipping early; the real check counts inflated bytes.
            if (entry.uncompressedSize > sizeLimit) {
                result.skipped.push({ name, reason: sizeReason });
                continue;
            }
            const outcome = await extractEntry(zip, entry, target, sizeLimit, sizeReason);
            if ('reason' in outcome) {
                result.skipped.push({ name, reason: outcome.reason });
                continue;
            }
            result.files.push(relativePath);
            result.totalBytes += outcome.bytes;
        }
    }
    finally {
        zip.close();
    }
    return result;
}
/** Why an entry must not be extracted, or undefined when it may be. */
function checkEntry(entry, name, relativePath) {
    const fileType = (entry.externalFileAttributes >>> 16) & fileTypeMask;
    if (fileType === symbolicLinkType)
        return 'it is a symbolic link (links are never created)';
    if (fileType !== 0 && fileType !== regularFileType && fileType !== directoryType)
        return 'it is not a regular file';
    if (entry.isEncrypted())
        return 'it is encrypted';
    if (name.includes('\0'))
        return 'its name contains a NUL byte';
    const slashed = name.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed))
        return 'its path is absolute';
    // Backslashes count as separators here: Windows tools write them, and `..\` climbs there too.
    if (slashed.split('/').includes('..'))
        return 'its path climbs out of the destination folder (..)';
    if (relativePath === '' && !isDirectoryEntry(entry, name))
        return 'its name is empty';
    return undefined;
}
function decodeEntryName(entry) {
    // With decodeStrings: false yauzl hands over raw bytes and leaves judging the name to us, so a
    // hostile name skips one entry instead of failing the whole archive.
    const raw = entry.fileName;
    return getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}
function toRelativePath(name) {
    return name
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
function isDirectoryEntry(entry, name) {
    return /[/\\]$/.test(name) || ((entry.externalFileAttributes >>> 16) & fileTypeMask) === directoryType;
}
function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
async function makeDirectory(target) {
    try {
        await (0,promises_.mkdir)(target, { recursive: true });
        return undefined;
    }
    catch (error) {
        return describeClash(error);
    }
}
async function extractEntry(zip, entry, target, sizeLimit, sizeReason) {
    let stream;
    try {
        stream = await openReadStream(zip, entry);
    }
    catch (error) {
        return { reason: `it could not be read (${(0,errors/* getErrorMessage */.u1)(error)})` };
    }
    let handle;
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        // 'wx': never write through something already there (a second entry of the same name).
        handle = await (0,promises_.open)(target, 'wx');
    }
    catch (error) {
        stream.destroy();
        return { reason: describeClash(error) };
    }
    let bytes = 0;
    let reason;
    try {
        const chunks = stream[Symbol.asyncIterator]();
        while (reason === undefined) {
            let next;
            try {
                next = await chunks.next();
            }
            catch (error) {
                reason = `it could not be read (${(0,errors/* getErrorMessage */.u1)(error)})`;
                break;
            }
            if (next.done)
                break;
            bytes += next.value.length;
            if (bytes > sizeLimit)
                reason = sizeReason;
            else
                await handle.write(next.value);
        }
    }
    finally {
        await handle.close();
        stream.destroy();
    }
    if (reason === undefined)
        return { bytes };
    await (0,promises_.rm)(target, { force: true });
    return { reason };
}
/** Entry-level file-system clashes become a skip reason; anything else (a full disk) is thrown. */
function describeClash(error) {
    const code = error.code;
    if (code === 'EEXIST')
        return 'an earlier entry has the same path';
    if (code === 'ENOTDIR' || code === 'EISDIR')
        return 'its path clashes with a file or folder of an earlier entry';
    throw error;
}
function openZip(zipFile) {
    return new Promise((resolve, reject) => {
        const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false };
        yauzl.open(zipFile, options, (error, zip) => {
            if (error)
                reject(toCorruptZipError(zipFile, error));
            else
                resolve(zip);
        });
    });
}
function readNextEntry(zip, zipFile, failure) {
    return new Promise((resolve, reject) => {
        if (failure.error) {
            reject(toCorruptZipError(zipFile, failure.error));
            return;
        }
        const onEntry = (entry) => finish(() => resolve(entry));
        const onEnd = () => finish(() => resolve(undefined));
        const onError = (error) => finish(() => reject(toCorruptZipError(zipFile, error)));
        const finish = (settle) => {
            zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
            settle();
        };
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
    });
}
function openReadStream(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
            if (error)
                return reject(error);
            // Inflating starts at once, before anyone reads: a size check can fail while we are still
            // opening the target file, and an 'error' nobody listens to would crash the process. The
            // stream keeps the error and our read loop meets it.
            stream.on('error', () => undefined);
            resolve(stream);
        });
    });
}
function toCorruptZipError(zipFile, error) {
    return new errors/* InputError */.dz(`${external_node_path_default().basename(zipFile)} is not a readable zip archive (${error.message})`, 'Upload the artifact again; if it keeps failing, check the step that makes it.', { cause: error });
}

;// CONCATENATED MODULE: ./src/collect/sanitize-file-name.ts
/** Longest name kept, well under the 255 bytes most file systems allow, with room for a suffix. */
const maxNameLength = 120;
// Names Windows reserves whatever the extension: a self-hosted Windows runner could not write `con.txt`.
const windowsReservedName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/**
 * A job or artifact name as a single file-system name that stays readable: `test (3.12)` is kept
 * as is, while `/`, `\`, control characters and the characters Windows forbids become `_`.
 */
function sanitizeFileName(name) {
    const replaced = name
        .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
        .replace(/\s+/g, ' ')
        .trim()
        // Leading dots would hide the file or make it `.` or `..`; trailing dots and spaces vanish on Windows.
        .replace(/^\.+/, '_')
        .replace(/[. ]+$/, '');
    const shortened = Array.from(replaced).slice(0, maxNameLength).join('').trim();
    if (shortened === '')
        return '_';
    return windowsReservedName.test(shortened) ? `_${shortened}` : shortened;
}
/** `name`, or `name-2`, `name-3`, … when `taken` already has it (compared case-insensitively, as macOS and Windows do). */
function chooseUniqueName(name, taken) {
    let candidate = name;
    for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix += 1)
        candidate = `${name}-${suffix}`;
    taken.add(candidate.toLowerCase());
    return candidate;
}

;// CONCATENATED MODULE: ./src/collect/collect-artifacts.ts







/** Beyond this many skipped entries per artifact, one line sums up the rest. */
const maxSkippedEntriesNamed = 10;
/**
 * Extracts each artifact of the run into `<artifactsDir>/<artifact name>/`. What cannot be had
 * (no permission, expired, corrupt, hostile entries) is noted; the other artifacts go on.
 * Returns the names of the folders written.
 */
async function collectArtifacts(input) {
    const { api, runId, artifactsDir, downloadsDir, note, info } = input;
    let artifacts;
    try {
        artifacts = await api.listRunArtifacts(runId);
    }
    catch (error) {
        if (!(error instanceof GitHubApiError))
            throw error;
        note(`${describeGitHubFailure(`the artifacts of run ${runId}`, error)} The analysis goes on from the logs alone.`);
        return [];
    }
    await (0,promises_.mkdir)(downloadsDir, { recursive: true });
    const takenNames = new Set();
    const folders = [];
    try {
        for (const artifact of artifacts) {
            const subject = `artifact "${artifact.name}"`;
            if (artifact.expired) {
                note(`Artifact "${artifact.name}" has expired: GitHub keeps artifacts only for the repository's retention period. Re-run the failed jobs to upload it again.`);
                continue;
            }
            const folder = chooseUniqueName(sanitizeFileName(artifact.name), takenNames);
            const destination = external_node_path_default().join(artifactsDir, folder);
            const zipFile = external_node_path_default().join(downloadsDir, `artifact-${artifact.id}.zip`);
            try {
                await api.downloadArtifactZip(artifact.id, zipFile);
                const extracted = await extractZip(zipFile, destination, input.zipLimits);
                info(`Artifact "${artifact.name}": ${extracted.files.length} files, ${extracted.totalBytes} bytes.`);
                for (const skipped of extracted.skipped.slice(0, maxSkippedEntriesNamed)) {
                    note(`Artifact "${artifact.name}": entry "${skipped.name}" was not extracted: ${skipped.reason}.`);
                }
                const unnamed = extracted.skipped.length - maxSkippedEntriesNamed;
                if (unnamed > 0)
                    note(`Artifact "${artifact.name}": ${unnamed} more entries were not extracted.`);
                folders.push(folder);
            }
            catch (error) {
                if (error instanceof GitHubApiError)
                    note(describeGitHubFailure(subject, error));
                else if (error instanceof errors/* InputError */.dz)
                    note(`Artifact "${artifact.name}" could not be read: ${error.message}. ${error.remedy}`);
                else
                    throw error;
                // Half an archive would read as a complete report: leave nothing rather than a part.
                await (0,promises_.rm)(destination, { recursive: true, force: true });
            }
            finally {
                await (0,promises_.rm)(zipFile, { force: true });
            }
        }
    }
    finally {
        await (0,promises_.rm)(downloadsDir, { recursive: true, force: true });
    }
    return folders;
}

;// CONCATENATED MODULE: ./src/collect/collect-job-logs.ts




/**
 * Writes each job's log to `<logsDir>/<job name>.txt`. A log GitHub cannot give (expired, missing,
 * forbidden) becomes a sentence passed to `note`, and the other jobs go on.
 */
async function collectJobLogs(api, jobs, logsDir, note) {
    const takenNames = new Set();
    const collected = [];
    for (const job of jobs) {
        // Two jobs can sanitize to one name (`a/b`, `a_b`): the second gets a suffix, not the first's file.
        const logFile = external_node_path_default().join(logsDir, `${chooseUniqueName(sanitizeFileName(job.name), takenNames)}.txt`);
        const subject = `the log of job "${job.name}"`;
        try {
            const saved = await api.downloadJobLog(job.id, logFile);
            if (saved.omittedBytes > 0) {
                note(`The log of job "${job.name}" is ${saved.totalBytes} bytes, more than maxLogBytes allows: Autoheal kept its beginning and its end and left out ${saved.omittedBytes} bytes in the middle.`);
            }
            collected.push({ ...job, logFile });
        }
        catch (error) {
            if (!(error instanceof GitHubApiError))
                throw error;
            note(describeGitHubFailure(subject, error));
            collected.push({ ...job });
        }
    }
    return collected;
}

;// CONCATENATED MODULE: ./src/collect/collect-run.ts




/**
 * Gathers what the analysis reads: the failed jobs' logs and the run's artifacts. Only a failure
 * to list the jobs is thrown (a GitHubApiError); each log or artifact that cannot be had becomes a
 * diagnostic and the collection goes on with the rest.
 */
async function collectRun({ api, runId, workDir, log, zipLimits }) {
    const logsDir = external_node_path_default().join(workDir, 'logs');
    const artifactsDir = external_node_path_default().join(workDir, 'artifacts');
    await (0,promises_.mkdir)(logsDir, { recursive: true });
    await (0,promises_.mkdir)(artifactsDir, { recursive: true });
    const diagnostics = [];
    const note = (diagnostic) => {
        diagnostics.push(diagnostic);
        log.warning(diagnostic);
    };
    const failedJobs = (await api.listRunJobs(runId)).filter(isFailedJob);
    log.info(`Run ${runId}: ${failedJobs.length} failed jobs${failedJobs.length > 0 ? `: ${failedJobs.map((job) => job.name).join(', ')}` : ''}.`);
    if (failedJobs.length === 0)
        note(`No job of run ${runId} failed in its latest attempt, so there is no log to read.`);
    const jobs = await collectJobLogs(api, failedJobs, logsDir, note);
    await collectArtifacts({
        api,
        runId,
        artifactsDir,
        downloadsDir: external_node_path_default().join(workDir, 'downloads'),
        note,
        info: (message) => log.info(message),
        ...(zipLimits === undefined ? {} : { zipLimits }),
    });
    return { logsDir, artifactsDir, jobs, diagnostics };
}
function isFailedJob(job) {
    return job.conclusion === 'failure' || job.conclusion === 'timed_out';
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/octokit.ts

const defaultGitHubApiUrl = 'https://api.github.com';
/**
 * The only place an Octokit is made, so every call shares one base URL, one user agent and the
 * proxy support of `@actions/github` (its fetch honours `https_proxy` and `no_proxy`).
 */
function createOctokit({ token, baseUrl }) {
    return (0,github/* getOctokit */.Q)(token, {
        // A trailing slash would make Octokit ask for `//repos/…`, which GitHub answers 404.
        baseUrl: baseUrl.replace(/\/+$/, ''),
        userAgent: 'autoheal',
    });
}

;// CONCATENATED MODULE: ./src/github/save-download.ts

class DownloadTooLargeError extends Error {
    maxBytes;
    name = 'DownloadTooLargeError';
    constructor(maxBytes) {
        super(`the download is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
/**
 * Writes a body to a file as it arrives, never holding more than one chunk. Past `maxBytes` the
 * partial file is removed and DownloadTooLargeError thrown: a cut archive is useless.
 */
async function saveDownload(body, destinationFile, maxBytes) {
    const handle = await (0,promises_.open)(destinationFile, 'w');
    let bytesWritten = 0;
    try {
        for await (const chunk of body) {
            bytesWritten += chunk.length;
            // Checked on the bytes that arrive: a Content-Length or a listed size can lie.
            if (bytesWritten > maxBytes)
                throw new DownloadTooLargeError(maxBytes);
            await handle.write(chunk);
        }
    }
    catch (error) {
        await handle.close();
        await (0,promises_.rm)(destinationFile, { force: true });
        throw error;
    }
    await handle.close();
    return { bytesWritten };
}
/** The share of a capped log given to its beginning; the rest goes to its end. */
const headShare = 0.25;
/** Room kept for the note that replaces the omitted middle. */
const noteReserveBytes = 256;
/**
 * Saves a log whole when it fits in `maxBytes`; otherwise its first quarter and its last three
 * quarters, cut at line ends, with a note where the middle was. The end matters most: the failing
 * step and its `##[error]` come last, after the setup noise. Memory stays within about
 * `maxBytes` however long the log is.
 */
async function saveLogHeadAndTail(body, destinationFile, maxBytes) {
    const headLimit = Math.floor(maxBytes * headShare);
    const tailLimit = Math.max(0, maxBytes - headLimit - noteReserveBytes);
    // Until the log proves too long, keep everything after the head so a log that fits is saved whole.
    const tailBufferLimit = maxBytes - headLimit;
    const handle = await (0,promises_.open)(destinationFile, 'w');
    try {
        let headBytes = 0;
        let headEndOfLastLine = 0;
        let totalBytes = 0;
        const tailChunks = [];
        let tailBytes = 0;
        for await (const chunk of body) {
            totalBytes += chunk.length;
            let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            if (headBytes < headLimit) {
                const part = rest.subarray(0, headLimit - headBytes);
                await handle.write(part);
                const lastNewline = part.lastIndexOf(0x0a);
                if (lastNewline !== -1)
                    headEndOfLastLine = headBytes + lastNewline + 1;
                headBytes += part.length;
                rest = rest.subarray(part.length);
            }
            if (rest.length === 0)
                continue;
            // Copied: the stream may reuse its chunk's memory once we ask for the next one.
            tailChunks.push(Buffer.from(rest));
            tailBytes += rest.length;
            const limit = totalBytes > maxBytes ? tailLimit : tailBufferLimit;
            while (tailChunks.length > 1 && tailBytes - (tailChunks[0]?.length ?? 0) >= limit) {
                tailBytes -= tailChunks.shift()?.length ?? 0;
            }
        }
        if (totalBytes <= maxBytes) {
            for (const chunk of tailChunks)
                await handle.write(chunk);
            return { bytesWritten: totalBytes, totalBytes, omittedBytes: 0 };
        }
        const keptHeadBytes = headEndOfLastLine > 0 ? headEndOfLastLine : headBytes;
        await handle.truncate(keptHeadBytes);
        const tail = takeWholeLinesFromEnd(Buffer.concat(tailChunks), tailLimit);
        const omittedBytes = totalBytes - keptHeadBytes - tail.length;
        const note = Buffer.from(`[autoheal] ${omittedBytes} bytes of this ${totalBytes}-byte log were left out here to stay under maxLogBytes (${maxBytes}).\n`);
        await handle.write(note, 0, note.length, keptHeadBytes);
        await handle.write(tail, 0, tail.length, keptHeadBytes + note.length);
        return { bytesWritten: keptHeadBytes + note.length + tail.length, totalBytes, omittedBytes };
    }
    finally {
        await handle.close();
    }
}
/** The last `maxBytes` of `text`, without a partial first line (unless no line ends in it at all). */
function takeWholeLinesFromEnd(text, maxBytes) {
    const start = Math.max(0, text.length - maxBytes);
    const tail = text.subarray(start);
    if (start > 0 && text[start - 1] === 0x0a)
        return tail;
    const firstNewline = tail.indexOf(0x0a);
    return firstNewline === -1 || firstNewline === tail.length - 1 ? tail : tail.subarray(firstNewline + 1);
}

;// CONCATENATED MODULE: ./src/github/run-api.ts


const defaultRunApiLimits = {
    // Enough for the failing step of any real job; memory use stays near this bound.
    maxLogBytes: 32 * 1024 * 1024,
    // Reports are small; a bigger artifact is a build output, not something to read.
    maxArtifactZipBytes: 256 * 1024 * 1024,
    perPage: 100,
};
function createRunApi(settings) {
    const { octokit } = settings;
    const [owner, repo] = splitRepository(settings.repository);
    const maxLogBytes = settings.maxLogBytes ?? defaultRunApiLimits.maxLogBytes;
    const maxArtifactZipBytes = settings.maxArtifactZipBytes ?? defaultRunApiLimits.maxArtifactZipBytes;
    const perPage = settings.perPage ?? defaultRunApiLimits.perPage;
    return {
        async listRunJobs(runId) {
            const jobs = [];
            try {
                const pages = octokit.paginate.iterator(octokit.rest.actions.listJobsForWorkflowRun, {
                    owner,
                    repo,
                    run_id: runId,
                    // Only the latest attempt: a re-run's earlier failures are history, not this run's state.
                    filter: 'latest',
                    per_page: perPage,
                });
                for await (const page of pages) {
                    for (const job of page.data) {
                        const failedStep = job.steps?.find((step) => step.conclusion === 'failure')?.name;
                        jobs.push({
                            id: Number(job.id),
                            name: job.name,
                            conclusion: job.conclusion,
                            htmlUrl: job.html_url ?? '',
                            ...(failedStep === undefined ? {} : { failedStep }),
                        });
                    }
                }
            }
            catch (error) {
                throw toGitHubApiError(error, `list the jobs of run ${runId}`);
            }
            return jobs;
        },
        async downloadJobLog(jobId, destinationFile) {
            const action = `download the log of job ${jobId}`;
            const body = await requestBody(action, () => octokit.rest.actions.downloadJobLogsForWorkflowRun({
                owner,
                repo,
                job_id: jobId,
                // Octokit follows the 302 to the log's storage URL itself (fetch drops our token on the
                // way to another host); unparsed, the body stays a stream instead of one 2 GB string.
                request: { parseSuccessResponseBody: false },
            }));
            return saveLogHeadAndTail(readBody(body, action), destinationFile, maxLogBytes);
        },
        async listRunArtifacts(runId) {
            try {
                const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
                    owner,
                    repo,
                    run_id: runId,
                    per_page: perPage,
                });
                return artifacts.map((artifact) => ({
                    id: artifact.id,
                    name: artifact.name,
                    sizeInBytes: artifact.size_in_bytes,
                    expired: artifact.expired,
                }));
            }
            catch (error) {
                throw toGitHubApiError(error, `list the artifacts of run ${runId}`);
            }
        },
        async downloadArtifactZip(artifactId, destinationFile) {
            const action = `download artifact ${artifactId}`;
            const body = await requestBody(action, () => octokit.rest.actions.downloadArtifact({
                owner,
                repo,
                artifact_id: artifactId,
                archive_format: 'zip',
                request: { parseSuccessResponseBody: false },
            }));
            try {
                return await saveDownload(readBody(body, action), destinationFile, maxArtifactZipBytes);
            }
            catch (error) {
                if (!(error instanceof DownloadTooLargeError))
                    throw error;
                throw new GitHubApiError(`Could not ${action}: its zip is larger than ${maxArtifactZipBytes} bytes`, 'Upload the test reports as an artifact of their own, apart from build outputs.', undefined, { cause: error });
            }
        },
    };
}
async function requestBody(action, send) {
    let data;
    try {
        data = (await send()).data;
    }
    catch (error) {
        throw toGitHubApiError(error, action);
    }
    if (!isAsyncIterable(data)) {
        throw new GitHubApiError(`Could not ${action}: GitHub sent no body`, 'Run the workflow again.', undefined);
    }
    return data;
}
/** Turns a failure while the body streams into a GitHub error, apart from a failure to write the file. */
async function* readBody(body, action) {
    const iterator = body[Symbol.asyncIterator]();
    try {
        while (true) {
            let next;
            try {
                next = await iterator.next();
            }
            catch (error) {
                throw toInterruptedDownloadError(error, action);
            }
            if (next.done)
                return;
            yield next.value;
        }
    }
    finally {
        // Stopping early (a cap reached, a write failed) cancels the download instead of draining it.
        // A stream that already failed may reject the cancel as well: the first error is the one to report.
        await iterator.return?.()?.catch(() => undefined);
    }
}
function isAsyncIterable(value) {
    return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`Expected a repository as owner/name, got "${repository}"`);
    return [owner, repo];
}

;// CONCATENATED MODULE: ./src/analyze-failed-run.ts








/** collect → analyze: a failed run becomes failure_context.json in `workDir`. */
async function analyzeFailedRun(settings) {
    const api = createRunApi({ octokit: createOctokit({ token: settings.token, baseUrl: settings.apiUrl }), repository: settings.repository });
    const collected = await collectRun({ api, runId: settings.runId, workDir: settings.workDir, log: settings.log });
    const [logs, reports] = await Promise.all([loadJobLogs(collected.logsDir), loadReports(collected.artifactsDir)]);
    // Log files carry the job's name made safe for a file system; the summary shows it as GitHub does.
    const jobs = collected.jobs.map((job) => ({
        name: job.logFile ? (0,external_node_path_.basename)(job.logFile, '.txt') : job.name,
        url: job.htmlUrl,
        ...(job.failedStep ? { failedStep: job.failedStep } : {}),
    }));
    const context = analyzeRun({
        workflowRunId: String(settings.runId),
        logs: logs.logs,
        reports: reports.reports,
        diagnostics: [...collected.diagnostics, ...logs.diagnostics, ...reports.diagnostics],
        jobs,
        ...(settings.workspaceDir ? { workspace: readWorkspace(settings.workspaceDir) } : {}),
        ...(settings.excludeFixTypes ? { excludeFixTypes: settings.excludeFixTypes } : {}),
    });
    await (0,promises_.mkdir)(settings.workDir, { recursive: true });
    const contextPath = (0,external_node_path_.join)(settings.workDir, 'failure_context.json');
    await (0,promises_.writeFile)(contextPath, `${JSON.stringify(context, null, 2)}\n`);
    return { context, contextPath };
}


/***/ }),

/***/ 9606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ boundDetails)
/* harmony export */ });
/* unused harmony export maxDetailLines */
const maxDetailLines = 80;
function boundDetails(lines) {
    if (lines.length <= maxDetailLines)
        return [...lines];
    const head = lines.slice(0, 20);
    const tail = lines.slice(-(maxDetailLines - 21));
    return [...head, `… ${lines.length - head.length - tail.length} lines omitted …`, ...tail];
}


/***/ }),

/***/ 88691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ findingOfLine),
/* harmony export */   Sn: () => (/* binding */ parseFindings)
/* harmony export */ });
/* unused harmony export findingRules */
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18909);

const sourceFile = String.raw `(?:[A-Za-z]:)?[^\s:()'"][^:()'"]*?\.[A-Za-z0-9]{1,5}`;
const findingRules = [
    // mypy: `pkg/a.py:33: error: Incompatible return value type (got "int", expected "str")  [return-value]`
    {
        tool: 'mypy',
        pattern: new RegExp(String.raw `^(${sourceFile}):(\d+)(?::\d+)?: error: (.*?)(?:  \[([\w-]+)\])?$`),
        groups: { file: 1, line: 2, message: 3, rule: 4 },
    },
    // tsc: `src/cli.ts(14,21): error TS2554: Expected 3 arguments, but got 2.`
    {
        tool: 'tsc',
        pattern: new RegExp(String.raw `^(${sourceFile})\((\d+),\d+\): error (TS\d+): (.*)$`),
        groups: { file: 1, line: 2, rule: 3, message: 4 },
    },
    // tsc --pretty: `src/cli.ts:14:21 - error TS2554: Expected 3 arguments, but got 2.`
    {
        tool: 'tsc',
        pattern: new RegExp(String.raw `^(${sourceFile}):(\d+):\d+ - error (TS\d+): (.*)$`),
        groups: { file: 1, line: 2, rule: 3, message: 4 },
    },
    // flake8, pycodestyle, ruff (concise), pylint (text): `a.py:6:1: E302 expected 2 blank lines`,
    // `a.py:2:0: W0611: Unused import os (unused-import)`
    {
        tool: 'flake8',
        pattern: new RegExp(String.raw `^(${sourceFile}):(\d+):\d+: ([A-Z]{1,3}\d{2,4}):? (?:\[\*\] )?(.*)$`),
        groups: { file: 1, line: 2, rule: 3, message: 4 },
    },
    // pylint --output-format=parseable: `a.py:2: [W0611(unused-import), ] Unused import os`
    {
        tool: 'pylint',
        pattern: new RegExp(String.raw `^(${sourceFile}):(\d+): \[([A-Z]\d{4})\([\w-]+\), [^\]]*\] (.*)$`),
        groups: { file: 1, line: 2, rule: 3, message: 4 },
    },
    // pyright: `  /w/r/r/a.py:3:5 - error: "x" is not defined (reportUndefinedVariable)`
    {
        tool: 'pyright',
        pattern: new RegExp(String.raw `^\s*(${sourceFile}):(\d+):\d+ - error: (.*?)(?: \((report\w+)\))?$`),
        groups: { file: 1, line: 2, message: 3, rule: 4 },
    },
    // black --check: `would reformat csvlite/cli.py`
    { tool: 'black', pattern: /^would reformat (.+)$/, groups: { file: 1, line: 0, rule: 0, message: 0 }, fixedRule: 'black' },
    // isort --check-only: `ERROR: kpi/report.py Imports are incorrectly sorted and/or formatted.`
    {
        tool: 'isort',
        pattern: /^ERROR: (.+?) Imports are incorrectly sorted/,
        groups: { file: 1, line: 0, rule: 0, message: 0 },
        fixedRule: 'isort',
    },
    // ruff format --check: `Would reformat: src/app.py`
    {
        tool: 'ruff',
        pattern: /^Would reformat: (.+)$/,
        groups: { file: 1, line: 0, rule: 0, message: 0 },
        fixedRule: 'ruff-format',
    },
    // eslint -f unix: `src/cart.js:11:17: Expected '===' and instead saw '=='. [Error/eqeqeq]`
    {
        tool: 'eslint',
        pattern: new RegExp(String.raw `^(${sourceFile}):(\d+):\d+: (.*) \[Error\/([\w@/-]+)\]$`),
        groups: { file: 1, line: 2, message: 3, rule: 4 },
    },
    // prettier --check: `[warn] src/bytes.ts` (the closing `[warn] Code style issues …` line is no file)
    {
        tool: 'prettier',
        pattern: /^\[warn\] (?!Code style issues)(\S[^\s]*\.[A-Za-z0-9]{1,10})$/,
        groups: { file: 1, line: 0, rule: 0, message: 0 },
        fixedRule: 'prettier',
    },
];
const defaultMessages = {
    black: 'would be reformatted by black',
    isort: 'imports are incorrectly sorted (isort)',
    prettier: 'does not match the prettier style',
    ruff: 'would be reformatted by ruff format',
};
function makeFinding(tool, file, line, rule, message) {
    const finding = {
        kind: 'finding',
        tool,
        nodeid: line === undefined ? `${file}:${rule}` : `${file}:${line}:${rule}`,
        outcome: 'failed',
        message: message || defaultMessages[tool] || rule,
        file,
        rule,
        details: [],
        frames: [{ file, ...(line === undefined ? {} : { line }) }],
    };
    if (line !== undefined)
        finding.line = line;
    return finding;
}
function findingFromRule(rule, line) {
    const match = rule.pattern.exec(line);
    if (!match)
        return undefined;
    const group = (index) => (index === 0 ? undefined : match[index]);
    const file = (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoRelative */ .oh)(group(rule.groups.file) ?? '');
    if (!file)
        return undefined;
    const lineText = group(rule.groups.line);
    const lineNumber = lineText ? Number(lineText) : undefined;
    const ruleName = group(rule.groups.rule) ?? rule.fixedRule ?? rule.tool;
    const tool = rule.tool === 'flake8' && /^(?:[A-Z]\d{4})$/.test(ruleName) ? 'pylint' : rule.tool;
    return makeFinding(tool, file, lineNumber, ruleName, (group(rule.groups.message) ?? '').trim());
}
// eslint's default (stylish) format: a file line, then `  11:17  error  message  rule-id` lines.
const stylishFile = /^(\S.*\.[A-Za-z0-9]{1,10})$/;
const stylishProblem = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)\s{2,}(\S+)$/;
// ruff's full format: `F401 [*] \`os\` imported but unused` then ` --> geofence/polygon.py:2:8`.
const ruffHeading = /^([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.+)$/;
const ruffLocation = /^\s*--> (.+?):(\d+):\d+$/;
function parseMultiLineFindings(lines) {
    const findings = [];
    let stylishPath;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const problem = stylishPath ? stylishProblem.exec(line) : null;
        if (problem && stylishPath) {
            if (problem[3] === 'error')
                findings.push(makeFinding('eslint', stylishPath, Number(problem[1]), problem[5], problem[4]));
            continue;
        }
        const file = stylishFile.exec(line);
        const nextIsProblem = stylishProblem.test(lines[index + 1] ?? '');
        stylishPath = file && nextIsProblem ? (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoRelative */ .oh)(file[1]) : undefined;
        const heading = ruffHeading.exec(line);
        const location = heading ? ruffLocation.exec(lines[index + 1] ?? '') : null;
        if (heading && location) {
            const path = (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoRelative */ .oh)(location[1]);
            if (path)
                findings.push(makeFinding('ruff', path, Number(location[2]), heading[1], heading[2]));
        }
    }
    return findings;
}
/** pyright ends a multi-line message with its rule: `    "int" is not assignable to "str" (reportReturnType)`. */
function pyrightRuleAfter(lines, index) {
    for (let next = index + 1; next < lines.length && /^\s{4,}\S/.test(lines[next]); next++) {
        const rule = /\((report\w+)\)$/.exec(lines[next])?.[1];
        if (rule)
            return rule;
    }
    return undefined;
}
/** The finding a single line holds, by the first row that reads it. */
function findingOfLine(line) {
    for (const rule of findingRules) {
        const finding = findingFromRule(rule, line);
        if (finding)
            return finding;
    }
    return undefined;
}
function parseFindings(lines) {
    const findings = [];
    for (const [index, line] of lines.entries()) {
        const finding = findingOfLine(line);
        if (!finding)
            continue;
        const pyrightRule = finding.tool === 'pyright' && finding.rule === 'pyright' ? pyrightRuleAfter(lines, index) : undefined;
        findings.push(pyrightRule ? makeFinding('pyright', finding.file, finding.line, pyrightRule, finding.message) : finding);
    }
    return [...findings, ...parseMultiLineFindings(lines)];
}


/***/ }),

/***/ 65479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ summarizeFrames),
/* harmony export */   zV: () => (/* binding */ toFrame)
/* harmony export */ });
/* unused harmony export findDeepestRepoFrame */
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18909);
/* harmony import */ var _report_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67694);


function toFrame(path, line) {
    const printed = (0,_report_path_js__WEBPACK_IMPORTED_MODULE_0__/* .stripFileUrl */ .UB)(path);
    const file = (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoRelative */ .oh)(printed) ?? printed;
    return line === undefined ? { file } : { file, line };
}
/** Frames are outermost first, so the deepest frame of the project is the last one inside it. */
function findDeepestRepoFrame(frames) {
    for (let index = frames.length - 1; index >= 0; index -= 1) {
        const frame = frames[index];
        if (frame && (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoRelative */ .oh)(frame.file) === frame.file)
            return frame;
    }
    return undefined;
}
function summarizeFrames(frames) {
    const deepest = findDeepestRepoFrame(frames);
    if (deepest === undefined)
        return { frames };
    return deepest.line === undefined ? { frames, file: deepest.file } : { frames, file: deepest.file, line: deepest.line };
}


/***/ }),

/***/ 23100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readJsStackTrace)
/* harmony export */ });
/* unused harmony export readJsError */
/* harmony import */ var _report_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23538);
/* harmony import */ var _error_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65479);


/**
 * Frames and the error line of a JavaScript failure: V8 stack lines (`at fn (/abs/x.js:3:7)`,
 * `at /abs/x.js:3:7`, `at file:///…`) as jest, vitest's JSON and node:test print them, and vitest's
 * own ` ❯ src/x.ts:1:1` lines. A pure function over lines.
 */
function readJsStackTrace(lines) {
    const innermostFirst = [];
    for (const line of lines) {
        const frame = readFrameLine(line);
        if (frame)
            innermostFirst.push(frame);
    }
    // V8 and vitest print the innermost call first; Failure.frames are outermost first.
    return { ...(0,_error_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeFrames */ .Av)(innermostFirst.reverse()), ...readJsError(lines) };
}
// `Error: boom`, `TypeError: x is not a function`, node's `[Error [ERR_ASSERTION]: …`.
const errorLine = /^\[?(?<errorType>(?:[\w$]+\.)*[A-Z][\w$]*)(?: \[[A-Z_\d]+\])?: /;
/** The first line of the failure is the error; its type when it reads `Type: message`. */
function readJsError(lines) {
    // jest opens a suite's message with a `● Test suite failed to run` heading.
    const message = (0,_report_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .firstNonBlankLine */ .AB)(lines.filter((line) => !line.trim().startsWith('●')));
    if (message === undefined)
        return {};
    const errorType = errorLine.exec(message)?.groups?.errorType;
    return errorType ? { message, errorType } : { message };
}
function readFrameLine(line) {
    const trimmed = line.trim();
    let location;
    if (trimmed.startsWith('at ')) {
        // `at fn (location)`: the location is inside the last parentheses; `at location` otherwise.
        const rest = trimmed.slice(3);
        const open = rest.lastIndexOf('(');
        location = rest.endsWith(')') && open >= 0 ? rest.slice(open + 1, -1) : rest;
    }
    else if (/^[\w$.<>\[\] ]+ \([^()]+:\d+:\d+\)$/.test(trimmed)) {
        // node:test's TAP `stack:` block prints V8 frames without their `at `.
        location = trimmed.slice(trimmed.lastIndexOf('(') + 1, -1);
    }
    else if (trimmed.startsWith('❯ ')) {
        // vitest: `❯ src/x.ts:1:1` or `❯ functionName src/x.ts:1:1`.
        location = trimmed.slice(2).trim().split(/\s+/).at(-1) ?? '';
    }
    else {
        return undefined;
    }
    return readLocation(location);
}
/** `path:line:column` → a frame; `<anonymous>` and `native` have no position and no frame. */
function readLocation(location) {
    const columnColon = location.lastIndexOf(':');
    const lineColon = location.lastIndexOf(':', columnColon - 1);
    if (lineColon <= 0)
        return undefined;
    const line = location.slice(lineColon + 1, columnColon);
    const column = location.slice(columnColon + 1);
    if (!/^\d+$/.test(line) || !/^\d+$/.test(column))
        return undefined;
    return (0,_error_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .toFrame */ .zV)(location.slice(0, lineColon), Number(line));
}


/***/ }),

/***/ 54423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readPythonTraceback)
/* harmony export */ });
/* harmony import */ var _error_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65479);

/**
 * Frames and the exception of a Python failure, from pytest's long representation (the text of a
 * JUnit `<failure>`, pytest-json-report's `longrepr`, a FAILURES section of the console) or a plain
 * `Traceback (most recent call last):` block. A pure function over lines, so the console parser
 * can hand it the lines of one failure section.
 */
// pytest prints each traceback entry's location as `path:line: in func` (short/auto style),
// `path:line: ExceptionType` (the entry that raised, long style) or `path:line: ` (other long-style
// entries). The path has no leading blank (source lines are indented) and may carry a drive
// letter or be `<frozen importlib._bootstrap>`.
const pytestLocation = /^(?<path>(?:[A-Za-z]:)?[^\s:][^:]*):(?<line>\d+):(?: in (?<function>\S+)| (?<errorType>(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*))?\s*$/;
// CPython's own traceback lines (`--tb=native`, and errors printed outside pytest).
const nativeFrame = /^\s*File "(?<path>[^"]+)", line (?<line>\d+)/;
// pytest marks the exception's lines with `E` and at least one blank.
const exceptionMarker = /^E(?:\s+(?<text>.*))?$/;
// Python exception classes are CapWords, possibly qualified: `pydantic.warnings.PydanticDeprecatedSince20`.
const exceptionLine = /^(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*): (?<message>.*)$/;
const bareExceptionLine = /^(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration))$/;
function readPythonTraceback(lines) {
    const frames = [];
    const exceptionBlocks = [];
    let locationType;
    let nativeException;
    let isInNativeTraceback = false;
    let previousWasMarker = false;
    for (const line of lines) {
        const marker = exceptionMarker.exec(line);
        if (marker) {
            const text = (marker.groups?.text ?? '').trim();
            if (!previousWasMarker)
                exceptionBlocks.push([]);
            exceptionBlocks.at(-1)?.push(text);
            previousWasMarker = true;
            continue;
        }
        previousWasMarker = false;
        const location = pytestLocation.exec(line);
        if (location?.groups) {
            frames.push((0,_error_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .toFrame */ .zV)(location.groups.path ?? '', Number(location.groups.line)));
            if (location.groups.errorType)
                locationType = location.groups.errorType;
            continue;
        }
        const native = nativeFrame.exec(line);
        if (native?.groups) {
            frames.push((0,_error_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .toFrame */ .zV)(native.groups.path ?? '', Number(native.groups.line)));
            isInNativeTraceback = true;
            continue;
        }
        if (line.startsWith('Traceback (most recent call last):'))
            isInNativeTraceback = true;
        else if (isInNativeTraceback && isExceptionText(line))
            nativeException = line.trim();
    }
    return { ...(0,_error_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeFrames */ .Av)(frames), ...readException(exceptionBlocks, locationType, nativeException) };
}
function isExceptionText(text) {
    return exceptionLine.test(text) || bareExceptionLine.test(text);
}
function typeOf(text) {
    return (exceptionLine.exec(text) ?? bareExceptionLine.exec(text))?.groups?.errorType;
}
/**
 * The exception's one-line message. pytest names the raised class on the last location line, so
 * an `E` line of that type is the exception itself; without one, the last `E` block holds the final
 * exception of a chain, and a bare assertion (`E   assert 2 == 3`) gets the location's type.
 */
function readException(blocks, locationType, nativeException) {
    if (locationType) {
        for (const block of [...blocks].reverse()) {
            const line = block.find((text) => {
                const type = typeOf(text);
                return type === locationType || type?.endsWith(`.${locationType}`) === true;
            });
            if (line)
                return { message: line, errorType: typeOf(line) };
        }
    }
    const finalLine = blocks.at(-1)?.find((text) => text !== '');
    if (finalLine && isExceptionText(finalLine))
        return { message: finalLine, errorType: typeOf(finalLine) };
    if (locationType) {
        return { message: finalLine ? `${locationType}: ${finalLine}` : locationType, errorType: locationType };
    }
    if (nativeException)
        return { message: nativeException, errorType: typeOf(nativeException) };
    return finalLine ? { message: finalLine } : {};
}


/***/ }),

/***/ 23538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ firstNonBlankLine),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   as: () => (/* binding */ splitReportLines),
/* harmony export */   um: () => (/* binding */ trimBlankLines)
/* harmony export */ });
/* unused harmony exports maxLineChars, stripAnsi */
/**
 * Report text to lines we can match safely. Every regex in this folder runs on lines cut to
 * `maxLineChars`, so a 50 MB single-line file costs one slice, never a long backtracking run.
 */
const maxLineChars = 4_000;
// CSI sequences (colours, cursor moves) and OSC hyperlinks: jest's failureMessages keep the colour
// codes of its code frames, and FORCE_COLOR runs put them into every report.
const ansiEscape = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ansiEscape, '') : text;
}
function clipLine(line) {
    return line.length > maxLineChars ? `${line.slice(0, maxLineChars)}…` : line;
}
/** Lines without ANSI codes, `\r` or trailing blanks, each cut to maxLineChars. */
function splitReportLines(text) {
    return stripAnsi(text)
        .split(/\r?\n|\r/)
        .map((line) => clipLine(line.trimEnd()));
}
/** The lines of a failure's text without the blank lines (and XML indentation) around them. */
function trimBlankLines(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start]?.trim() === '')
        start += 1;
    while (end > start && lines[end - 1]?.trim() === '')
        end -= 1;
    return lines.slice(start, end);
}
function firstNonBlankLine(lines) {
    return lines.find((line) => line.trim() !== '')?.trim();
}


/***/ }),

/***/ 67694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ toReportPath),
/* harmony export */   UB: () => (/* binding */ stripFileUrl),
/* harmony export */   Z1: () => (/* binding */ isAbsolutePath)
/* harmony export */ });
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18909);

/**
 * A path as a report prints it → the form ids use: repo-relative when it is inside the checkout,
 * otherwise as printed (forward slashes), so a report made outside a runner still gets stable ids.
 */
function toReportPath(path) {
    const printed = stripFileUrl(path.trim());
    return (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoRelative */ .oh)(printed) ?? printed.replaceAll('\\', '/');
}
/** `file:///home/runner/…` (SARIF, vitest and ESM stack frames) → `/home/runner/…`. */
function stripFileUrl(path) {
    if (!path.startsWith('file://'))
        return path;
    const withoutScheme = path.slice('file://'.length);
    // `file:///D:/a/…` carries a slash before the drive letter that a Windows path does not.
    const local = /^\/[A-Za-z]:\//.test(withoutScheme) ? withoutScheme.slice(1) : withoutScheme;
    try {
        return decodeURIComponent(local);
    }
    catch {
        // A stray `%` that is no escape: the path as written is the best we have.
        return local;
    }
}
/** Absolute paths (POSIX, Windows, file URLs): node:test names a test file this way. */
function isAbsolutePath(text) {
    return text.startsWith('/') || text.startsWith('file://') || /^[A-Za-z]:[\\/]/.test(text);
}


/***/ }),

/***/ 18909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ stripRunnerPaths),
/* harmony export */   SL: () => (/* binding */ isRepoPath),
/* harmony export */   oh: () => (/* binding */ toRepoRelative)
/* harmony export */ });
/**
 * Runner paths to repo-relative ones. A hosted runner checks out `owner/repo` at
 * `/home/runner/work/repo/repo` (Linux), `/Users/runner/work/repo/repo` (macOS),
 * `D:\a\repo\repo` (Windows), `/__w/repo/repo` (container jobs) and `…/_work/repo/repo` on
 * self-hosted runners: always a work folder, then the repository's name twice.
 */
const checkoutPath = /(?:[A-Za-z]:)?(?:[\\/][\w.@+-]+)*?[\\/](?:work|_work|__w|a)[\\/]([\w.@+-]+)[\\/]\1(?![\w.@+-])(?:[\\/]([^\s'"():,\]]*))?/g;
/** Rewrites every runner checkout path inside a line of text to a repo-relative one (`.` for the root). */
function stripRunnerPaths(text) {
    // Cheap guard: the regex below only runs on lines that can hold a checkout path.
    if (!text.includes('work') && !text.includes('__w') && !text.includes(':\\a\\'))
        return text;
    return text.replace(checkoutPath, (_match, _repo, rest) => rest ? rest.replaceAll('\\', '/') : '.');
}
/**
 * One path as the tool printed it → repo-relative, forward slashes, no `./`.
 * Returns undefined for paths outside the checkout (site-packages, node_modules of the runner,
 * the Python standard library), which are never files the fix may change.
 */
function toRepoRelative(path) {
    let candidate = stripRunnerPaths(path.trim()).replaceAll('\\', '/');
    if (candidate === '.' || candidate === '')
        return undefined;
    while (candidate.startsWith('./'))
        candidate = candidate.slice(2);
    if (candidate.startsWith('/') || /^[A-Za-z]:\//.test(candidate) || candidate.startsWith('<'))
        return undefined;
    if (candidate.split('/').includes('..'))
        return undefined;
    if (/(?:^|\/)(?:site-packages|dist-packages|node_modules)\//.test(candidate))
        return undefined;
    return candidate;
}
/** A path of the project's own files (not the standard library, site-packages or node_modules). */
function isRepoPath(path) {
    return toRepoRelative(path) === path;
}


/***/ })

};
