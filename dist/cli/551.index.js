export const id = 551;
export const ids = [551];
export const modules = {

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

/***/ 4279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ normalizeLogLine)
/* harmony export */ });
/* unused harmony export stripAnsi */
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8909);

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
    return (0,_runner_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .stripRunnerPaths */ .N2)(line);
}


/***/ }),

/***/ 8691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ findingOfLine),
/* harmony export */   Sn: () => (/* binding */ parseFindings)
/* harmony export */ });
/* unused harmony export findingRules */
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8909);

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

/***/ 551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ describeUnrecognisedStep),
  v: () => (/* binding */ parseToolOutput)
});

// EXTERNAL MODULE: ./src/analyze/failure.ts
var analyze_failure = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/analyze/scan-job-log.ts
var scan_job_log = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/analyze/parse-log/parse-findings.ts
var parse_findings = __webpack_require__(8691);
// EXTERNAL MODULE: ./src/analyze/reports/js-stack-trace.ts
var js_stack_trace = __webpack_require__(3100);
// EXTERNAL MODULE: ./src/analyze/runner-paths.ts
var runner_paths = __webpack_require__(8909);
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

// EXTERNAL MODULE: ./src/analyze/test-files.ts
var test_files = __webpack_require__(4884);
// EXTERNAL MODULE: ./src/analyze/reports/python-traceback.ts
var python_traceback = __webpack_require__(4423);
;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-pytest-output.ts





/**
 * pytest's console output: the FAILURES and ERRORS sections (one block per test, headed
 * `____ test_name ____`), the short test summary (`FAILED id - message`, `ERROR id`), and in
 * `-v` mode the progress lines (`tests/x.py::test_y PASSED`), which name a test that crashed
 * the interpreter or never finished.
 */
const sectionHeading = /^={3,} ?(.*?) ?={3,}$/;
const blockHeading = /^_{3,} (.+?) _{3,}$/;
// A node id is a path (`tests/test_x.py`, `tests/test_x.py::test_y[1]`), never unittest's `FAILED (errors=1)`.
const summaryLine = /^(FAILED|ERROR) ([^\s(][^\s]*?\.py(?:::\S+)?|[^\s(]\S*::\S+)(?: - (.*))?$/;
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
    const testFile = frames.find((frame) => (0,runner_paths/* isRepoPath */.SL)(frame.file) && (0,test_files/* isTestFile */.h)(frame.file));
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
    const deepest = [...frames].reverse().find((frame) => (0,runner_paths/* isRepoPath */.SL)(frame.file) && !(0,test_files/* isTestFile */.h)(frame.file));
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

;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-unittest-output.ts


/**
 * `python -m unittest` (and Django's test runner, which prints the same): one block per failing
 * test between `=====` rules, headed `FAIL: test_x (pkg.tests.TestX.test_x)` or `ERROR: …`, then
 * a `-----` rule and the traceback. A module that failed to import is an ERROR of
 * `unittest.loader._FailedTest`.
 */
const heading = /^(FAIL|ERROR): (\S+) \(([\w.]+)\)\s*$/;
const doubleRule = /^={20,}$/;
const singleRule = /^-{20,}$/;
function looksLikeUnittest(lines) {
    return lines.some((line) => heading.test(line)) && lines.some((line) => /^Ran \d+ tests? in [\d.]+s$/.test(line));
}
function nodeidOf(name, qualified) {
    // The loader names a module it could not import as `unittest.loader._FailedTest.<module>`.
    const failedImport = /^unittest\.loader\._Failed\w*\.(.+)$/.exec(qualified);
    if (failedImport)
        return failedImport[1];
    return qualified.endsWith(`.${name}`) ? qualified : `${qualified}.${name}`;
}
function parseUnittestOutput(lines) {
    const failures = [];
    for (let index = 0; index < lines.length; index++) {
        const match = heading.exec(lines[index]);
        if (!match || !doubleRule.test(lines[index - 1] ?? ''))
            continue;
        const body = [];
        let at = index + 1;
        if (singleRule.test(lines[at] ?? ''))
            at++;
        for (; at < lines.length && !doubleRule.test(lines[at]) && !(singleRule.test(lines[at]) && /^Ran \d+/.test(lines[at + 1] ?? '')); at++)
            body.push(lines[at]);
        const traceback = (0,python_traceback/* readPythonTraceback */.F)(body);
        const failure = {
            kind: 'test',
            tool: 'unittest',
            nodeid: nodeidOf(match[2], match[3]),
            outcome: match[1] === 'FAIL' ? 'failed' : 'error',
            message: traceback.message ?? `${match[1]}: ${match[2]}`,
            details: (0,analyze_failure/* boundDetails */.Z)(body),
            frames: traceback.frames,
        };
        if (traceback.errorType)
            failure.errorType = traceback.errorType;
        if (traceback.file)
            failure.file = traceback.file;
        if (traceback.file && traceback.line !== undefined)
            failure.line = traceback.line;
        failures.push(failure);
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/analyze/parse-log/parse-step-output.ts









/** Test runners, each recognised by the shape of its output, tried in order. */
const testRunners = [
    { looksLike: looksLikePytest, parse: parsePytestOutput },
    { looksLike: looksLikeUnittest, parse: parseUnittestOutput },
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
    const lines = step.lines.filter((line) => line !== scan_job_log/* gapMarker */.ft);
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


/***/ }),

/***/ 5479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ summarizeFrames),
/* harmony export */   zV: () => (/* binding */ toFrame)
/* harmony export */ });
/* unused harmony export findDeepestRepoFrame */
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8909);
/* harmony import */ var _report_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);


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

/***/ 3100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readJsStackTrace)
/* harmony export */ });
/* unused harmony export readJsError */
/* harmony import */ var _report_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3538);
/* harmony import */ var _error_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5479);


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

/***/ 4423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readPythonTraceback)
/* harmony export */ });
/* harmony import */ var _error_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5479);

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

/***/ 3538:
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

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ toReportPath),
/* harmony export */   UB: () => (/* binding */ stripFileUrl),
/* harmony export */   Z1: () => (/* binding */ isAbsolutePath)
/* harmony export */ });
/* harmony import */ var _runner_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8909);

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

/***/ 8909:
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


/***/ }),

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ defaultScanLimits),
/* harmony export */   ft: () => (/* binding */ gapMarker),
/* harmony export */   gP: () => (/* binding */ JobLogScanner)
/* harmony export */ });
/* harmony import */ var _normalize_log_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4279);

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
        return (0,_normalize_log_line_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogLine */ .Y)(text.slice(text.lastIndexOf('\n') + 1));
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
                lines.push((0,_normalize_log_line_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogLine */ .Y)(part));
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
            this.annotations.push((0,_normalize_log_line_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogLine */ .Y)(message));
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


/***/ }),

/***/ 4884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ isTestFile)
/* harmony export */ });
/** Test files by the conventions of pytest, jest, vitest, mocha and node:test. */
const testFilePattern = /(?:^|\/)(?:tests?|__tests__|spec)\/|(?:^|\/)test_[^/]*\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)conftest\.py$/;
function isTestFile(path) {
    return testFilePattern.test(path);
}


/***/ })

};
