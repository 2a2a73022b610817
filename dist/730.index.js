export const id = 730;
export const ids = [730];
export const modules = {

/***/ 97730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReport: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: maxReportChars

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(961);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 9 modules
var schemas = __webpack_require__(27597);
// EXTERNAL MODULE: ./src/analyze/failure.ts
var failure = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/analyze/runner-paths.ts
var runner_paths = __webpack_require__(18909);
// EXTERNAL MODULE: ./src/analyze/reports/report-path.ts
var report_path = __webpack_require__(67694);
;// CONCATENATED MODULE: ./src/analyze/reports/create-finding.ts



/** A lint or type finding; its id is `path:line:rule` (`error` stands in for a missing rule). */
function createFinding(input) {
    const path = (0,report_path/* toReportPath */.T3)(input.path);
    const file = (0,runner_paths/* toRepoRelative */.oh)((0,report_path/* stripFileUrl */.UB)(input.path));
    const position = input.line === undefined ? '' : `:${input.line}`;
    const message = input.message.split(/\r?\n/, 1)[0]?.trim() ?? '';
    const ownLine = `${path}${position}${input.column === undefined ? '' : `:${input.column}`}: ${input.rule ?? 'error'} ${message}`;
    return {
        kind: 'finding',
        tool: input.tool,
        nodeid: `${path}${position}:${input.rule ?? 'error'}`,
        outcome: 'failed',
        message,
        ...(file === undefined ? {} : { file }),
        ...(input.line === undefined ? {} : { line: input.line }),
        ...(input.rule === undefined ? {} : { rule: input.rule }),
        details: (0,failure/* boundDetails */.Z)(input.details ?? [ownLine]),
        frames: [],
    };
}

;// CONCATENATED MODULE: ./src/analyze/reports/parse-eslint-json.ts


/** `eslint -f json`: one entry per linted file, each with its messages. */
const EslintMessage = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP().nullish(),
    // 2 is an error; 1 a warning, which fails eslint only under --max-warnings, unknowable here.
    severity: schemas/* number */.aig(),
    message: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().nullish(),
    column: schemas/* number */.aig().int().nullish(),
});
const EslintJsonReport = schemas/* array */.YOg(schemas/* object */.Ikc({ filePath: schemas/* string */.YjP(), messages: schemas/* array */.YOg(EslintMessage) }));
function isEslintJsonShape(value) {
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((entry) => typeof entry === 'object' && entry !== null && 'filePath' in entry && 'messages' in entry));
}
const errorSeverity = 2;
function parseEslintJson(report) {
    return report.flatMap(({ filePath, messages }) => messages
        .filter((message) => message.severity === errorSeverity)
        .map((message) => createFinding({
        tool: 'eslint',
        path: filePath,
        line: message.line ?? undefined,
        column: message.column ?? undefined,
        // A parsing error has no rule: ruleId is null and `fatal` is set.
        rule: message.ruleId ?? undefined,
        message: message.message,
    })));
}

;// CONCATENATED MODULE: ./src/analyze/reports/create-test-failure.ts


/** A failing test; runner paths in its text become repo-relative so ids and prompts stay stable. */
function createTestFailure(input) {
    const { error } = input;
    const message = (0,runner_paths/* stripRunnerPaths */.N2)(error.message ?? input.fallbackMessage ?? error.errorType ?? `test ${input.outcome}`);
    const testFile = input.testFile === undefined ? undefined : (0,runner_paths/* toRepoRelative */.oh)(input.testFile);
    const file = error.file ?? testFile;
    return {
        kind: 'test',
        tool: input.tool,
        nodeid: input.nodeid,
        outcome: input.outcome,
        message,
        ...(file === undefined ? {} : { file }),
        ...(error.file !== undefined && error.line !== undefined ? { line: error.line } : {}),
        ...(error.errorType === undefined ? {} : { errorType: error.errorType }),
        details: (0,failure/* boundDetails */.Z)(input.details.map(runner_paths/* stripRunnerPaths */.N2)),
        frames: error.frames,
    };
}

// EXTERNAL MODULE: ./src/analyze/reports/js-stack-trace.ts
var js_stack_trace = __webpack_require__(23100);
// EXTERNAL MODULE: ./src/analyze/reports/report-lines.ts
var report_lines = __webpack_require__(23538);
;// CONCATENATED MODULE: ./src/analyze/reports/parse-jest-json.ts





/**
 * `jest --json --outputFile` and vitest's `json` reporter (which copies jest's shape). A failed
 * assertion is `file > describe… > title`; a file that failed to run, with no failed assertion,
 * is the file alone.
 */
const AssertionResult = schemas/* object */.Ikc({
    ancestorTitles: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    title: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    failureMessages: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
});
const TestFileResult = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().nullish(),
    message: schemas/* string */.YjP().nullish(),
    assertionResults: schemas/* array */.YOg(AssertionResult).nullish(),
});
const JestJsonReport = schemas/* object */.Ikc({ testResults: schemas/* array */.YOg(TestFileResult) });
function isJestJsonShape(value) {
    return isRecord(value) && Array.isArray(value.testResults) && ('numTotalTests' in value || 'numFailedTests' in value);
}
/** Only jest writes `openHandles` and `wasInterrupted`; vitest's report lacks both. */
function isWrittenByJest(value) {
    return isRecord(value) && ('openHandles' in value || 'wasInterrupted' in value);
}
function parseJestJson(report, tool) {
    return report.testResults.flatMap((fileResult) => {
        const file = (0,report_path/* toReportPath */.T3)(fileResult.name);
        const failedAssertions = (fileResult.assertionResults ?? []).filter((assertion) => assertion.status === 'failed');
        const failures = failedAssertions.map((assertion) => {
            const lines = (0,report_lines/* trimBlankLines */.um)((0,report_lines/* splitReportLines */.as)((assertion.failureMessages ?? []).join('\n')));
            return createTestFailure({
                tool,
                nodeid: [file, ...(assertion.ancestorTitles ?? []), assertion.title].join(' > '),
                outcome: 'failed',
                details: lines,
                error: (0,js_stack_trace/* readJsStackTrace */.l)(lines),
                testFile: file,
            });
        });
        if (failures.length > 0 || fileResult.status !== 'failed' || !fileResult.message)
            return failures;
        const lines = (0,report_lines/* trimBlankLines */.um)((0,report_lines/* splitReportLines */.as)(fileResult.message));
        return [createTestFailure({ tool, nodeid: file, outcome: 'error', details: lines, error: (0,js_stack_trace/* readJsStackTrace */.l)(lines), testFile: file })];
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/analyze/parse-log/parse-findings.ts
var parse_findings = __webpack_require__(88691);
;// CONCATENATED MODULE: ./src/analyze/reports/parse-text-findings.ts



// Lines that belong to a finding report without being findings: they keep a file "a report".
const summaryLines = [
    /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/, // mypy
    /^Success: no issues found/, // mypy
    /^Found \d+ errors?\b/, // tsc
    /^\d+$/, // flake8 --count
];
// mypy's notes follow their error (`path:line: note: …`, `path: note: In function "f":`).
const mypyNote = /^(?:[A-Za-z]:)?[^\s:][^:]*:(?:\d+:){0,2} note: /;
/** Every finding line among `lines`; a note or indented continuation joins the finding above. */
function readTextFindings(lines) {
    const findings = [];
    let recognizedLines = 0;
    let nonBlankLines = 0;
    let isAfterFinding = false;
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        nonBlankLines += 1;
        const finding = (0,parse_findings/* findingOfLine */.NS)(line);
        if (finding) {
            findings.push({ finding, details: [line] });
            recognizedLines += 1;
            isAfterFinding = true;
        }
        else if (isAfterFinding && (mypyNote.test(line) || /^\s+\S/.test(line))) {
            // tsc indents the rest of a long message; flake8 --show-source indents the source line.
            findings.at(-1)?.details.push(line);
            recognizedLines += 1;
        }
        else if (summaryLines.some((pattern) => pattern.test(line))) {
            recognizedLines += 1;
            isAfterFinding = false;
        }
        else {
            isAfterFinding = false;
        }
    }
    const failures = findings.map(({ finding, details }) => ({ ...finding, details: (0,failure/* boundDetails */.Z)(details) }));
    return { failures, tools: findings.map(({ finding }) => finding.tool), recognizedLines, nonBlankLines };
}
// A tee'd console log may hold a few finding-like lines among its output; a report is (almost)
// nothing else. Nine in ten non-blank lines must be findings or their companions.
const minimumRecognizedShare = 0.9;
/** The findings of a text report, or undefined when the text is not one (a console copy, a log). */
function parseTextFindings(text) {
    const { failures, tools, recognizedLines, nonBlankLines } = readTextFindings((0,report_lines/* splitReportLines */.as)(text));
    const tool = findMostCommon(tools);
    if (tool === undefined || recognizedLines < nonBlankLines * minimumRecognizedShare)
        return undefined;
    return { tool, failures };
}
function findMostCommon(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

;// CONCATENATED MODULE: ./src/analyze/reports/pytest-nodeid.ts
/**
 * pytest's JUnit names → pytest's own node id. pytest writes `classname` as the node id's path
 * with `/` → `.` and `.py` dropped, plus any test classes, and `name` as the last part:
 * `tests.test_x.TestClass` + `test_y` → `tests/test_x.py::TestClass::test_y`. A collection error
 * has an empty classname and the module as name: `tests.test_loader` → `tests/test_loader.py`.
 */
function toPytestNodeid(classname, name, file) {
    if (classname === '')
        return toModulePath(name.split('.'));
    const parts = classname.split('.');
    // Test classes are CapWords, modules and packages lower case: the first capital starts the classes.
    const firstClass = parts.findIndex((part) => /^[A-Z]/.test(part));
    const moduleParts = firstClass === -1 ? parts : parts.slice(0, firstClass);
    const classes = firstClass === -1 ? [] : parts.slice(firstClass);
    // xunit1 reports carry the file itself, which also survives dots in folder names.
    const modulePath = file !== undefined && file.endsWith('.py') ? file.replaceAll('\\', '/') : toModulePath(moduleParts);
    return [modulePath, ...classes, name].join('::');
}
function toModulePath(parts) {
    return `${parts.join('/')}.py`;
}

// EXTERNAL MODULE: ./src/analyze/reports/python-traceback.ts
var python_traceback = __webpack_require__(54423);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
;// CONCATENATED MODULE: ./src/analyze/reports/read-xml.ts

const attributesKey = '@';
const textKey = '#text';
const commentKey = '#comment';
// Elements that may repeat; listing them keeps one shape whether a report has one or many.
const repeatedElements = new Set(['testsuite', 'testcase', 'failure', 'error', commentKey]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributesGroupName: attributesKey,
    attributeNamePrefix: '',
    textNodeName: textKey,
    commentPropName: commentKey,
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => repeatedElements.has(name),
    tagValueProcessor: (_name, value) => decodeXmlEntities(value),
    attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
});
/** The document's root element; throws (with the parser's reason) on XML it cannot read. */
function readXml(content) {
    const document = parser.parse(content);
    if (!isXmlElement(document))
        throw new Error('no root element');
    const name = Object.keys(document).find((key) => !key.startsWith('#') && !key.startsWith('?'));
    if (name === undefined)
        throw new Error('no root element');
    const element = childElements(document, name)[0] ?? {};
    return { name, element, isComplete: isRootClosed(content, name) };
}
/**
 * fast-xml-parser returns what it has when a document stops early (a truncated upload, a job
 * killed mid-write); the last tag tells whether the root element was closed.
 */
function isRootClosed(content, rootName) {
    const lastTag = content.slice(content.lastIndexOf('<')).replace(/\s+/g, '');
    if (lastTag === `</${rootName}>` || lastTag.endsWith('-->'))
        return true;
    return lastTag.startsWith(`<${rootName}`) && lastTag.endsWith('/>');
}
const predefinedEntities = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
/** The five predefined entities and `&#10;` / `&#x41;`; any other `&name;` stays as written. */
function decodeXmlEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,4});/g, (entity, body) => {
        if (body.startsWith('#')) {
            const codePoint = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
            return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
        }
        return predefinedEntities[body] ?? entity;
    });
}
function isXmlElement(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Children named `name`; an empty element without attributes arrives as a string. */
function childElements(element, name) {
    const value = element[name];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return values.map((child) => (isXmlElement(child) ? child : { [textKey]: typeof child === 'string' ? child : '' }));
}
function attributeOf(element, name) {
    const attributes = element[attributesKey];
    if (!isXmlElement(attributes))
        return undefined;
    const value = attributes[name];
    return typeof value === 'string' ? value : undefined;
}
function textOf(element) {
    const value = element[textKey];
    return typeof value === 'string' ? value : '';
}
function commentsOf(element) {
    return childElements(element, commentKey).map((comment) => textOf(comment).trim());
}

;// CONCATENATED MODULE: ./src/analyze/reports/read-junit.ts



// node:test closes a report with `<!-- tests 4 -->`, `<!-- pass 3 -->`, … counters.
const nodeTestCounter = /^(?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [\d.]+$/;
function readJunitDocument(rootName, root) {
    const document = {
        rootName,
        reportName: attributeOf(root, 'name'),
        suiteNames: [],
        comments: [],
        failureTypes: [],
        failingCases: [],
    };
    visitSuite(root, rootName === 'testsuite' ? [attributeOf(root, 'name') ?? ''] : [], document);
    return document;
}
function visitSuite(suite, suitePath, document) {
    const comments = commentsOf(suite);
    document.comments.push(...comments);
    if (suitePath.length > 0)
        document.suiteNames.push(suitePath.at(-1) ?? '');
    const failingHere = childElements(suite, 'testcase').flatMap((testCase) => readFailingCase(testCase, suitePath, document));
    const diagnostics = comments.filter((comment) => comment !== '' && !nodeTestCounter.test(comment));
    for (const failingCase of failingHere) {
        // One failure beside the diagnostics: they are its story. Several: each takes those naming it.
        failingCase.diagnostics =
            failingHere.length === 1 ? diagnostics : diagnostics.filter((diagnostic) => mentionsCase(diagnostic, failingCase));
    }
    document.failingCases.push(...failingHere);
    for (const child of childElements(suite, 'testsuite')) {
        visitSuite(child, [...suitePath, attributeOf(child, 'name') ?? ''], document);
    }
}
function readFailingCase(testCase, suitePath, document) {
    const failure = childElements(testCase, 'failure')[0];
    const error = childElements(testCase, 'error')[0];
    const problem = failure ?? error;
    if (problem === undefined)
        return [];
    const type = attributeOf(problem, 'type');
    if (type !== undefined)
        document.failureTypes.push(type);
    const file = attributeOf(testCase, 'file');
    const message = attributeOf(problem, 'message');
    return [
        {
            name: attributeOf(testCase, 'name') ?? '',
            classname: attributeOf(testCase, 'classname') ?? '',
            ...(file === undefined ? {} : { file }),
            suitePath,
            outcome: failure ? 'failed' : 'error',
            ...(message === undefined ? {} : { message }),
            lines: (0,report_lines/* trimBlankLines */.um)((0,report_lines/* splitReportLines */.as)(textOf(problem))),
            diagnostics: [],
        },
    ];
}
function mentionsCase(diagnostic, failingCase) {
    const { name } = failingCase;
    if (name !== '' && diagnostic.includes(name))
        return true;
    return (0,report_path/* isAbsolutePath */.Z1)(name) && diagnostic.includes((0,report_path/* toReportPath */.T3)(name));
}

;// CONCATENATED MODULE: ./src/analyze/reports/junit-flavours.ts







// The failure types node:test's junit reporter writes (its `failureType` values).
const nodeTestFailureTypes = new Set([
    'testCodeFailure',
    'hookFailure',
    'cancelledByParent',
    'parentAlreadyFinished',
    'subtestsFailed',
    'testTimeoutFailure',
    'callbackAndPromisePresent',
    'multipleCallbackInvocations',
    'uncaughtException',
    'unhandledRejection',
]);
const junitFlavours = [
    {
        // mypy --junit-xml: one testcase (or one per file) whose failure text is mypy's own output.
        tool: 'mypy',
        matches: (document) => document.suiteNames.includes('mypy') || document.failingCases.some((failingCase) => failingCase.classname === 'mypy'),
        toFailures: (failingCase) => {
            const { failures } = readTextFindings(failingCase.lines);
            return failures.length > 0 ? failures : toGenericFailures('mypy', failingCase);
        },
    },
    {
        // vitest: classname is the test file, name the title path (`describe > test`), ` ❯ ` frames.
        tool: 'vitest',
        matches: (document) => document.reportName === 'vitest tests' ||
            document.failingCases.some((failingCase) => failingCase.lines.some((line) => line.trimStart().startsWith('❯ '))),
        toFailures: (failingCase) => {
            const file = (0,report_path/* toReportPath */.T3)(failingCase.classname);
            // A file that failed to load is reported as a test named after the file.
            const nodeid = failingCase.name === failingCase.classname ? file : `${file} > ${failingCase.name}`;
            return [toTestFailure('vitest', nodeid, failingCase, (0,js_stack_trace/* readJsStackTrace */.l)(failingCase.lines), file)];
        },
    },
    {
        // jest-junit names a test `{classname} {title}` by default; its templates are configurable.
        tool: 'jest',
        matches: (document) => document.reportName === 'jest tests',
        toFailures: (failingCase) => {
            const file = failingCase.file === undefined ? undefined : (0,report_path/* toReportPath */.T3)(failingCase.file);
            const nodeid = file === undefined ? failingCase.name : `${file} > ${failingCase.name}`;
            return [toTestFailure('jest', nodeid, failingCase, (0,js_stack_trace/* readJsStackTrace */.l)(failingCase.lines), file)];
        },
    },
    {
        tool: 'node-test',
        matches: (document) => document.comments.some((comment) => nodeTestCounter.test(comment)) ||
            document.failureTypes.some((type) => nodeTestFailureTypes.has(type)),
        toFailures: (failingCase) => {
            // A file whose tests failed outside any test is reported as a test named by its absolute path.
            const file = (0,report_path/* isAbsolutePath */.Z1)(failingCase.name) ? (0,report_path/* toReportPath */.T3)(failingCase.name) : undefined;
            const nodeid = [...failingCase.suitePath, file ?? failingCase.name].join(' > ');
            const error = readNodeTestError(failingCase);
            return [toTestFailure('node-test', nodeid, failingCase, error, file, [...failingCase.diagnostics, ...failingCase.lines])];
        },
    },
    {
        tool: 'pytest',
        matches: (document) => document.suiteNames.includes('pytest') ||
            document.failingCases.some((failingCase) => failingCase.lines.some((line) => line.startsWith('E   '))),
        toFailures: (failingCase) => {
            const nodeid = toPytestNodeid(failingCase.classname, failingCase.name, failingCase.file);
            const testFile = nodeid.split('::')[0];
            return [toTestFailure('pytest', nodeid, failingCase, (0,python_traceback/* readPythonTraceback */.F)(failingCase.lines), testFile)];
        },
    },
];
/** Any other JUnit writer (surefire, go-junit-report, …): `classname.name`, as JUnit itself prints tests. */
const genericJunitFlavour = {
    tool: 'junit',
    matches: () => true,
    toFailures: (failingCase) => toGenericFailures('junit', failingCase),
};
function toGenericFailures(tool, failingCase) {
    const nodeid = failingCase.classname === '' ? failingCase.name : `${failingCase.classname}.${failingCase.name}`;
    const python = (0,python_traceback/* readPythonTraceback */.F)(failingCase.lines);
    const error = python.message !== undefined || python.frames.length > 0 ? python : (0,js_stack_trace/* readJsStackTrace */.l)(failingCase.lines);
    return [toTestFailure(tool, nodeid, failingCase, error, undefined)];
}
function toTestFailure(tool, nodeid, failingCase, error, testFile, details = failingCase.lines) {
    const fallbackMessage = failingCase.message?.split('\n', 1)[0]?.trim() || undefined;
    return createTestFailure({
        tool,
        nodeid,
        outcome: failingCase.outcome,
        details,
        error,
        ...(fallbackMessage === undefined ? {} : { fallbackMessage }),
        ...(testFile === undefined ? {} : { testFile }),
    });
}
// node:test reports an error raised after a test ended only in a diagnostic, quoting it:
// `… This activity created the error "DeprecationWarning: Buffer() is deprecated …" and would …`.
const quotedError = /"(?<message>(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Warning|Exception)): [^"]+)"/;
// node:test wraps what the test threw in ERR_TEST_FAILURE and prints the thrown error as its
// cause: `  cause: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:`.
const causeLine = /^\s*cause: (?<errorType>(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*)(?: \[[\w$]+\])?: (?<message>.*)$/;
function readNodeTestError(failingCase) {
    const stack = (0,js_stack_trace/* readJsStackTrace */.l)(failingCase.lines);
    for (const diagnostic of failingCase.diagnostics) {
        const groups = quotedError.exec(diagnostic)?.groups;
        if (groups?.message && groups.errorType)
            return { ...stack, message: groups.message, errorType: groups.errorType };
    }
    for (const line of failingCase.lines) {
        const groups = causeLine.exec(line)?.groups;
        if (groups?.errorType)
            return { ...stack, message: `${groups.errorType}: ${groups.message ?? ''}`.trim(), errorType: groups.errorType };
    }
    const diagnostic = failingCase.diagnostics[0];
    // The failure text alone says only `[Error: test failed] { code: 'ERR_TEST_FAILURE', … }`.
    return diagnostic === undefined ? stack : { ...stack, message: diagnostic.split('\n', 1)[0] ?? diagnostic };
}

;// CONCATENATED MODULE: ./src/analyze/reports/parse-junit.ts


const junitRootNames = new Set(['testsuites', 'testsuite']);
/** The failing tests (or, for mypy, the findings) of a JUnit report, named the way its tool names them. */
function parseJunit(rootName, root) {
    const document = readJunitDocument(rootName, root);
    const flavour = junitFlavours.find((candidate) => candidate.matches(document)) ?? genericJunitFlavour;
    return { tool: flavour.tool, failures: document.failingCases.flatMap((failingCase) => flavour.toFailures(failingCase)) };
}

// EXTERNAL MODULE: ./src/analyze/reports/error-summary.ts
var error_summary = __webpack_require__(65479);
;// CONCATENATED MODULE: ./src/analyze/reports/parse-pytest-json.ts





/** pytest-json-report (`--json-report`): `tests[]` by outcome, and the collectors that failed. */
const Crash = schemas/* object */.Ikc({ path: schemas/* string */.YjP().nullish(), lineno: schemas/* number */.aig().int().nullish(), message: schemas/* string */.YjP().nullish() });
const Stage = schemas/* object */.Ikc({
    outcome: schemas/* string */.YjP().nullish(),
    crash: Crash.nullish(),
    traceback: schemas/* array */.YOg(Crash).nullish(),
    longrepr: schemas/* string */.YjP().nullish(),
});
const PytestTest = schemas/* object */.Ikc({
    nodeid: schemas/* string */.YjP(),
    outcome: schemas/* string */.YjP(),
    setup: Stage.nullish(),
    call: Stage.nullish(),
    teardown: Stage.nullish(),
});
const Collector = schemas/* object */.Ikc({ nodeid: schemas/* string */.YjP(), outcome: schemas/* string */.YjP(), longrepr: schemas/* string */.YjP().nullish() });
const PytestJsonReport = schemas/* object */.Ikc({ tests: schemas/* array */.YOg(PytestTest).nullish(), collectors: schemas/* array */.YOg(Collector).nullish() });
function isPytestJsonShape(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const hasReportKey = 'summary' in value || 'exitcode' in value;
    return hasReportKey && (('tests' in value && Array.isArray(value.tests)) || 'collectors' in value);
}
// pytest-json-report's outcomes: `error` is a failure in setup or teardown.
const failingOutcomes = { failed: 'failed', error: 'error' };
function parsePytestJson(report) {
    const collectionErrors = (report.collectors ?? [])
        .filter((collector) => collector.outcome === 'failed')
        .map((collector) => toFailure(collector.nodeid, 'error', collector.longrepr ?? '', undefined));
    const testFailures = (report.tests ?? []).flatMap((test) => {
        const outcome = failingOutcomes[test.outcome];
        if (outcome === undefined)
            return [];
        // The stage that failed: the test body, or its setup or teardown for an `error`.
        const stage = [test.call, test.setup, test.teardown].find((candidate) => candidate?.outcome === 'failed');
        return [toFailure(test.nodeid, outcome, stage?.longrepr ?? '', stage ?? undefined)];
    });
    return [...collectionErrors, ...testFailures];
}
function toFailure(nodeid, outcome, longrepr, stage) {
    const lines = (0,report_lines/* trimBlankLines */.um)((0,report_lines/* splitReportLines */.as)(longrepr));
    return createTestFailure({
        tool: 'pytest',
        // The session itself may fail to collect; its node id is empty.
        nodeid: nodeid || '.',
        outcome,
        details: lines,
        error: withStageFrames((0,python_traceback/* readPythonTraceback */.F)(lines), stage),
        ...(stage?.crash?.message ? { fallbackMessage: stage.crash.message.split('\n', 1)[0] ?? '' } : {}),
        testFile: nodeid.split('::')[0],
    });
}
/** A longrepr without frames (`--tb=line`, `--tb=no`): the report's own traceback entries stand in. */
function withStageFrames(error, stage) {
    if (error.frames.length > 0 || !stage)
        return error;
    const entries = stage.traceback?.length ? stage.traceback : stage.crash ? [stage.crash] : [];
    const frames = entries.flatMap((entry) => (entry.path ? [(0,error_summary/* toFrame */.zV)(entry.path, entry.lineno ?? undefined)] : []));
    return { ...error, ...(0,error_summary/* summarizeFrames */.Av)(frames) };
}

;// CONCATENATED MODULE: ./src/analyze/reports/parse-sarif.ts


/** SARIF 2.1.0 (CodeQL, ESLint's SARIF formatter, Semgrep, Ruff, …): results of level `error`. */
const SarifLevel = schemas/* string */.YjP().nullish();
const SarifRule = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().nullish(),
    defaultConfiguration: schemas/* object */.Ikc({ level: SarifLevel }).nullish(),
});
const ArtifactLocation = schemas/* object */.Ikc({ uri: schemas/* string */.YjP().nullish(), index: schemas/* number */.aig().int().nullish() });
const SarifResult = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP().nullish(),
    ruleIndex: schemas/* number */.aig().int().nullish(),
    rule: schemas/* object */.Ikc({ id: schemas/* string */.YjP().nullish(), index: schemas/* number */.aig().int().nullish() }).nullish(),
    level: SarifLevel,
    kind: schemas/* string */.YjP().nullish(),
    message: schemas/* object */.Ikc({ text: schemas/* string */.YjP().nullish(), markdown: schemas/* string */.YjP().nullish() }).nullish(),
    locations: schemas/* array */.YOg(schemas/* object */.Ikc({
        physicalLocation: schemas/* object */.Ikc({
            artifactLocation: ArtifactLocation.nullish(),
            region: schemas/* object */.Ikc({ startLine: schemas/* number */.aig().int().nullish() }).nullish(),
        })
            .nullish(),
    }))
        .nullish(),
});
const SarifRun = schemas/* object */.Ikc({
    tool: schemas/* object */.Ikc({ driver: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), rules: schemas/* array */.YOg(SarifRule).nullish() }) }),
    artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({ location: ArtifactLocation.nullish() })).nullish(),
    results: schemas/* array */.YOg(SarifResult).nullish(),
});
const SarifLog = schemas/* object */.Ikc({ runs: schemas/* array */.YOg(SarifRun) });
function isSarifShape(value) {
    if (typeof value !== 'object' || value === null || !('runs' in value) || !Array.isArray(value.runs))
        return false;
    const version = 'version' in value ? value.version : undefined;
    const schema = '$schema' in value ? value.$schema : undefined;
    return (typeof version === 'string' && version.startsWith('2.')) || (typeof schema === 'string' && schema.includes('sarif'));
}
function parseSarif(log) {
    return log.runs.flatMap((run) => {
        const tool = run.tool.driver.name.toLowerCase();
        return (run.results ?? [])
            .filter((result) => levelOf(result, run) === 'error')
            .map((result) => {
            const physical = result.locations?.[0]?.physicalLocation;
            const artifact = physical?.artifactLocation;
            const uri = artifact?.uri ?? run.artifacts?.[artifact?.index ?? -1]?.location?.uri ?? undefined;
            const rule = result.ruleId ?? result.rule?.id ?? ruleOf(result, run)?.id ?? undefined;
            return createFinding({
                tool,
                path: uri ?? '(no location)',
                line: physical?.region?.startLine ?? undefined,
                rule,
                message: result.message?.text ?? result.message?.markdown ?? rule ?? 'finding',
            });
        });
    });
}
/**
 * SARIF §3.27.10: a result of another kind than `fail` has level `none`; without its own level a
 * result takes its rule's default configuration, and `warning` when the rule sets none.
 */
function levelOf(result, run) {
    if (result.level)
        return result.level;
    if (result.kind && result.kind !== 'fail')
        return 'none';
    return ruleOf(result, run)?.defaultConfiguration?.level ?? 'warning';
}
function ruleOf(result, run) {
    const rules = run.tool.driver.rules ?? [];
    const index = result.ruleIndex ?? result.rule?.index;
    if (index !== undefined && index !== null)
        return rules[index];
    const id = result.ruleId ?? result.rule?.id;
    return id ? rules.find((rule) => rule.id === id) : undefined;
}

;// CONCATENATED MODULE: ./src/analyze/reports/parse-report.ts










// Past this a file is not read at all: real reports of even huge suites stay far below it, and a
// bigger one would cost the runner its memory. Counted in UTF-16 units, as the content is a string.
const maxReportChars = 64 * 1024 * 1024;
// Most specific first: vitest's report is jest's shape without jest's own keys.
const jsonFormats = [
    { format: 'sarif', label: 'SARIF log', matches: isSarifShape, read: (value) => parseSarif(SarifLog.parse(value)) },
    {
        format: 'eslint-json',
        label: 'eslint JSON report',
        matches: isEslintJsonShape,
        read: (value) => parseEslintJson(EslintJsonReport.parse(value)),
    },
    {
        format: 'jest-json',
        label: 'jest JSON report',
        matches: (value) => isJestJsonShape(value) && isWrittenByJest(value),
        read: (value) => parseJestJson(JestJsonReport.parse(value), 'jest'),
    },
    {
        format: 'vitest-json',
        label: 'vitest JSON report',
        matches: isJestJsonShape,
        read: (value) => parseJestJson(JestJsonReport.parse(value), 'vitest'),
    },
    {
        format: 'pytest-json',
        label: 'pytest-json-report file',
        matches: isPytestJsonShape,
        read: (value) => parsePytestJson(PytestJsonReport.parse(value)),
    },
];
/**
 * One artifact file → its failures. The format comes from the content, the name only decides
 * whether a file that fails to parse was meant to be XML or JSON (and so deserves a diagnostic).
 * Never throws: anything unreadable becomes a diagnostic sentence naming the file.
 */
function parseReport(fileName, content) {
    try {
        const result = readReport(fileName, content);
        return { ...result, failures: result.failures.map(clipFailure) };
    }
    catch (error) {
        return skipped(fileName, `could not be read (${(0,src_errors/* getErrorMessage */.u1)(error)})`);
    }
}
function readReport(fileName, content) {
    if (content.length > maxReportChars) {
        return skipped(fileName, `is too large to read as a report (${Math.round(content.length / 1024 / 1024)} MB)`);
    }
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    // NUL never occurs in a text report: this is an image, an archive or a core dump.
    if (text.slice(0, 8192).includes('\u0000'))
        return notAReport();
    const start = text.trimStart().charAt(0);
    if (start === '<')
        return readXmlReport(fileName, text);
    if (start === '{' || start === '[') {
        const json = readJsonReport(fileName, text);
        if (json)
            return json;
    }
    const findings = parseTextFindings(text);
    if (!findings)
        return notAReport();
    return { format: `${findings.tool}-text`, failures: findings.failures, diagnostics: [] };
}
function readXmlReport(fileName, text) {
    let root;
    try {
        root = readXml(text);
    }
    catch (error) {
        // An HTML page or other markup that is no well-formed XML is not ours to complain about.
        return isMeantAsXml(fileName, text) ? skipped(fileName, `is not well-formed XML (${(0,src_errors/* getErrorMessage */.u1)(error)})`) : notAReport();
    }
    if (!junitRootNames.has(root.name))
        return notAReport();
    const { failures } = parseJunit(root.name, root.element);
    const diagnostics = root.isComplete
        ? []
        : [`${fileName} ends before its <${root.name}> element closes (truncated?); read the tests it holds.`];
    return { format: 'junit', failures, diagnostics };
}
function isMeantAsXml(fileName, text) {
    const opening = text.trimStart().slice(0, 20);
    return /\.xml$/i.test(fileName) || opening.startsWith('<?xml') || opening.startsWith('<testsuite');
}
/** undefined when the text is no JSON and its name does not claim it is: then it may be text. */
function readJsonReport(fileName, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return /\.(?:json|sarif)$/i.test(fileName) ? skipped(fileName, `is not valid JSON (${(0,src_errors/* getErrorMessage */.u1)(error)})`) : undefined;
    }
    const format = jsonFormats.find((candidate) => candidate.matches(value));
    if (!format)
        return notAReport();
    try {
        return { format: format.format, failures: format.read(value), diagnostics: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* ZodError */.G))
            throw error;
        return skipped(fileName, `looks like a ${format.label} but ${describeIssue(error)}`);
    }
}
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'has an unexpected shape';
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message.toLowerCase()}`;
}
function notAReport() {
    return { format: undefined, failures: [], diagnostics: [] };
}
function skipped(fileName, reason) {
    return { format: undefined, failures: [], diagnostics: [`${fileName} ${(0,report_lines/* clipLine */.DX)(reason)}; skipped.`] };
}
/** Ids and messages come from attributes and strings of any length: keep them to one bounded line. */
function clipFailure(failure) {
    return { ...failure, nodeid: (0,report_lines/* clipLine */.DX)(failure.nodeid), message: (0,report_lines/* clipLine */.DX)(failure.message) };
}


/***/ })

};
