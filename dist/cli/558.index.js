export const id = 558;
export const ids = [558];
export const modules = {

/***/ 1272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ missingModuleOf),
/* harmony export */   Vi: () => (/* binding */ deprecatedNamesOf),
/* harmony export */   lo: () => (/* binding */ affectedFilesOf)
/* harmony export */ });
/* unused harmony export testFileOf */
/* harmony import */ var _project_imports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2282);
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8909);
/* harmony import */ var _test_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4884);



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
    const file = (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoRelative */ .oh)(head);
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
    return path ? (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoRelative */ .oh)(path) : undefined;
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
        if (!sourceExtensions.test(file) || (0,_test_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isTestFile */ .h)(file))
            return false;
        const stem = file.split('/').at(-1).replace(/\.[^.]+$/, '').toLowerCase();
        return words.has(stem);
    });
}
function affectedFilesOf(failure, fixType, workspace) {
    if (failure.kind === 'finding')
        return failure.file ? [failure.file] : [];
    const repoFrames = failure.frames.map((frame) => frame.file).filter(_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepoPath */ .SL);
    const raisedInRepo = failure.frames.length > 0 && (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepoPath */ .SL)(failure.frames.at(-1).file);
    const deepest = repoFrames.at(-1) ?? failure.file;
    const deepestSource = [...repoFrames].reverse().find((file) => !(0,_test_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isTestFile */ .h)(file));
    const testFile = testFileOf(failure);
    const testImports = () => (workspace && testFile ? (0,_project_imports_js__WEBPACK_IMPORTED_MODULE_0__/* .projectImportsOf */ .L)(workspace, testFile).filter((file) => !(0,_test_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isTestFile */ .h)(file)) : []);
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


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeRun: () => (/* binding */ analyzeRun)
});

// EXTERNAL MODULE: ./src/analyze/affected-files.ts
var affected_files = __webpack_require__(1272);
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
    {
        fixType: 'import_error',
        confidence: 'medium',
        because: 'a module has no attribute of that name (renamed or moved)',
        matches: test(/\bAttributeError: module '[\w.]+' has no attribute '\w+'/),
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

// EXTERNAL MODULE: ./src/analyze/fix-types.ts
var fix_types = __webpack_require__(2379);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/analyze/parse-log/parse-step-output.ts + 3 modules
var parse_step_output = __webpack_require__(551);
// EXTERNAL MODULE: ./src/analyze/scan-job-log.ts
var scan_job_log = __webpack_require__(6622);
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
        const details = failure.details.filter((line) => line.trim() !== '' && line !== scan_job_log/* gapMarker */.ft && !(line.startsWith('##[error]') && lines.includes(line)));
        lines.push(...details.slice(-maxLinesPerFailure));
        if (lines.length >= maxLines)
            break;
    }
    if (failures.length > maxFailuresShown)
        lines.push(`… and ${failures.length - maxFailuresShown} more failures (see failures[])`);
    return [...lines.slice(0, maxLines)].map(clip);
}

// EXTERNAL MODULE: ./src/analyze/test-files.ts
var test_files = __webpack_require__(4884);
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
        // `jsonschema.RefResolver is deprecated …, in favor of the referencing library`, `the imp module is deprecated in favour of importlib`
        pattern: /(?:the )?(\w[\w.]*)(?: module| class| function)? is deprecated[^\n]*?,? in favou?r of (?:the )?([\w.:/-]+)/,
        advice: (m) => `Migrate from ${m[1]} to ${m[2]}; only a warning raised inside a third-party library may instead be silenced, by a targeted filterwarnings entry with a comment`,
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
    const missing = (0,affected_files/* missingModuleOf */.Ew)(failure, workspace);
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
    const sources = (workspace?.files ?? []).filter((file) => /\.(?:py|[cm]?[jt]sx?)$/.test(file) && !(0,test_files/* isTestFile */.h)(file));
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







const pythonTools = new Set(['pytest', 'unittest', 'mypy', 'flake8', 'pylint', 'black', 'isort', 'ruff', 'pyright']);
const nodeTools = new Set(['jest', 'vitest', 'node-test', 'tsc', 'eslint', 'prettier']);
const maxFailures = 200;
function failuresOfLogs(logs) {
    const failures = [];
    for (const log of logs) {
        for (const step of log.steps) {
            const parsed = (0,parse_step_output/* parseToolOutput */.v)(step.lines);
            const found = parsed.length > 0 ? parsed : [(0,parse_step_output/* describeUnrecognisedStep */.O)(step, log.annotations, log.job)];
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
    const canAutoFix = fix_types/* fixableTypes */.TP.has(primary) && !excluded.has(primary) && (confidence === 'high' || confidence === 'medium');
    // One PR fixes every fixable failure of the run, primary first.
    const fixTypesToChange = [primary, ...secondary.filter((type) => fix_types/* fixableTypes */.TP.has(type) && !excluded.has(type))];
    const ordered = [...ofType(primary), ...classified.filter((entry) => entry.classification.fixType !== primary)];
    const affectedFiles = [
        ...new Set(fixTypesToChange.flatMap((type) => ofType(type).flatMap((entry) => (0,affected_files/* affectedFilesOf */.lo)(entry.failure, type, input.workspace)))),
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
            : fix_types/* fixableTypes */.TP.has(primary) && !canAutoFix
                ? `${reason} The confidence is too low to fix it automatically.`
                : reason,
        diagnostics,
    };
}


/***/ }),

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ confidences),
/* harmony export */   TP: () => (/* binding */ fixableTypes),
/* harmony export */   Vk: () => (/* binding */ fixTypes)
/* harmony export */ });
/**
 * The spec's seven failure classes, as plain data: the analysis needs them on every run, the zod
 * schema of failure_context.json (failure-context.ts) only where a context is read back.
 */
const fixTypes = ['warning', 'import_error', 'type_error', 'flaky_test', 'lint', 'drift', 'unknown'];
/** Types a model may be asked to fix; drift and unknown always go to a person. */
const fixableTypes = new Set(['warning', 'import_error', 'type_error', 'flaky_test', 'lint']);
const confidences = ['high', 'medium', 'low', 'none'];


/***/ }),

/***/ 2282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ projectImportsOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
        ? [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(fromDirectory, ...Array(leadingDots - 1).fill('..'), dotted)]
        : [dotted, `src/${dotted}`, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(fromDirectory, dotted)];
    return bases.flatMap((base) => [`${base}.py`, `${base}/__init__.py`]).filter((path) => workspace.has(path));
}
function jsModuleFiles(workspace, specifier, fromDirectory) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(fromDirectory, specifier));
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
    const directory = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
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


/***/ })

};
