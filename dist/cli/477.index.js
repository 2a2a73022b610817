export const id = 477;
export const ids = [477];
export const modules = {

/***/ 4840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ FailureContext),
/* harmony export */   Vk: () => (/* reexport safe */ _fix_types_js__WEBPACK_IMPORTED_MODULE_0__.Vk)
/* harmony export */ });
/* unused harmony exports FixType, Confidence, FailureRecord, JobSummary */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5491);
/* harmony import */ var _fix_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2379);



const FixType = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_fix_types_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTypes */ .Vk);
const Confidence = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_fix_types_js__WEBPACK_IMPORTED_MODULE_0__/* .confidences */ .E2);
const FailureRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** A test id as the tool names it, or `path:line:rule` for a lint or type finding. */
    nodeid: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['failed', 'error']),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['test', 'finding', 'step']),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    fix_type: FixType,
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const JobSummary = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    failed_step: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['failure', 'cancelled', 'truncated', 'unknown']),
});
/** failure_context.json: the spec's example, plus what dedupe and the fix agent need. */
const FailureContext = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    fix_type: FixType,
    can_auto_fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    confidence: Confidence,
    workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FailureRecord),
    relevant_logs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    affected_files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    suggestions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    secondary_types: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FixType),
    ecosystem: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['python', 'node', 'unknown']),
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(JobSummary),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    /** Why the analysis decided as it did, in a sentence or two: shown in summaries and tickets. */
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** What the analysis could not read (an expired log, a malformed report), in words. */
    diagnostics: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});


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

/***/ 4477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CostControl: () => (/* binding */ CostControl),
  ExcludableFixType: () => (/* binding */ ExcludableFixType),
  ModelPriceOverride: () => (/* binding */ ModelPriceOverride),
  configuredModelWarnings: () => (/* binding */ configuredModelWarnings),
  defaultCostControl: () => (/* binding */ defaultCostControl),
  describeDefaults: () => (/* binding */ describeDefaults),
  loadCostControlFile: () => (/* binding */ loadCostControlFile),
  parseCostControl: () => (/* binding */ parseCostControl)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(5491);
// EXTERNAL MODULE: ./src/analyze/failure-context.ts
var failure_context = __webpack_require__(4840);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/explain-config-issue.ts
/**
 * Turns what went wrong in a YAML configuration file into sentences that name the file, the line and
 * the key path, e.g. `ci/cost_control.yaml:7: limits.max_fixes_per_dya is not a known key (did you mean
 * max_fixes_per_day?)`. Pure: the caller parses, this only explains.
 */


/** `file:line: YAML syntax error: …`, from the first line of the parser's own message. */
function explainSyntaxError(error, fileName) {
    const line = error.linePos?.[0].line ?? 1;
    // yaml appends " at line N, column M:" and a code excerpt; the line is already in our prefix.
    const firstLine = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
    return `${fileName}:${line}: YAML syntax error: ${firstLine}`;
}
/** One line per zod issue, sorted by line, each as `file:line: key.path problem`. */
function explainSchemaIssues(issues, context) {
    const explained = issues.flatMap((issue) => {
        // zod reports every unknown key of one mapping in one issue; each gets its own line here.
        const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
        return paths.map((path) => {
            const line = lineOf(context.document, path, context.lineCounter);
            return { line, text: `${context.fileName}:${line}: ${describeIssue(issue, path, context)}` };
        });
    });
    return explained
        .sort((left, right) => left.line - right.line)
        .map((entry) => entry.text)
        .join('\n');
}
function describeIssue(issue, path, context) {
    const subject = path.length === 0 ? 'the file' : formatPath(path);
    const value = valueAt(context.data, path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const parent = schemaAt(context.schema, path.slice(0, -1));
            const known = parent instanceof schemas/* ZodObject */.bvH ? Object.keys(parent.shape) : [];
            // A typo most likely stands for a key the mapping does not have yet.
            const present = Object.keys(asRecord(valueAt(context.data, path.slice(0, -1))));
            const absent = known.filter((key) => !present.includes(key));
            const guess = closestKey(String(path.at(-1)), absent) ?? closestKey(String(path.at(-1)), known);
            const hint = guess ? `did you mean ${guess}?` : `known keys: ${known.join(', ')}`;
            return `${subject} is not a known key (${hint})`;
        }
        case 'invalid_type': {
            // zod says "number" for text given to an integer schema; the schema itself knows better.
            const leaf = schemaAt(context.schema, path);
            const expected = leaf instanceof schemas/* ZodNumber */.rSt && leaf.isInt ? 'int' : issue.expected;
            const wanted = expectedNames[expected] ?? expected;
            if (value === undefined)
                return `${subject} is missing (it must be ${wanted})`;
            return `${subject} must be ${wanted} (got ${describeValue(value)})`;
        }
        case 'too_small':
            return `${subject} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)} (got ${describeValue(value)})`;
        case 'invalid_value':
            return `${subject} must be one of ${issue.values.map(String).join(', ')} (got ${describeValue(value)})`;
        default:
            return `${subject}: ${issue.message}`;
    }
}
const expectedNames = {
    int: 'a whole number',
    number: 'a number',
    string: 'text',
    object: 'a mapping of keys',
    record: 'a mapping of keys',
    array: 'a list',
    boolean: 'true or false',
};
function describeValue(value) {
    if (value === null)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return JSON.stringify(value) ?? String(value);
}
/** `limits.max_fixes_per_day`, `exclude_fix_types[1]`, `providers.openai.prices["gpt-4.1"]`. */
function formatPath(path) {
    return path
        .map((segment, index) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        const name = String(segment);
        if (!/^[A-Za-z_][\w-]*$/.test(name))
            return `[${JSON.stringify(name)}]`;
        return index === 0 ? name : `.${name}`;
    })
        .join('');
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/**
 * The 1-based line of `path` in the document: the line of its key for a mapping entry, of the item for
 * a list entry. A path the document does not hold (a missing key) is reported where its parent is.
 */
function lineOf(document, path, lineCounter) {
    let node = document.contents;
    let offset = (0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? (node.range?.[0] ?? 0) : 0;
    for (const segment of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(document);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => String((0,dist/* isScalar */.jn)(item.key) ? item.key.value : item.key) === String(segment));
            if (!pair)
                break;
            offset = ((0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!(0,dist/* isScalar */.jn)(item) && !(0,dist/* isMap */.jh)(item) && !(0,dist/* isSeq */.oP)(item))
                break;
            offset = item.range?.[0] ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return lineCounter.linePos(offset).line;
}
/** The schema that validates `path`, defaults and optionals unwrapped; undefined past a leaf. */
function schemaAt(schema, path) {
    let current = schema;
    for (let index = 0;;) {
        if (current instanceof schemas/* ZodDefault */.XiL || current instanceof schemas/* ZodPrefault */.xgV || current instanceof schemas/* ZodOptional */.IiU) {
            current = current.unwrap();
            continue;
        }
        if (index === path.length)
            return current;
        const segment = path[index++];
        if (current instanceof schemas/* ZodObject */.bvH)
            current = current.shape[String(segment)];
        else if (current instanceof schemas/* ZodRecord */.b8S)
            current = current.valueType;
        else if (current instanceof schemas/* ZodArray */.naA)
            current = current.element;
        else
            return undefined;
    }
}
function asRecord(value) {
    return value !== null && typeof value === 'object' ? value : {};
}
/** The known key a typo most likely meant: within an edit distance of about a third of its length. */
function closestKey(typed, known) {
    const scored = known.map((key) => ({ key, distance: editDistance(typed.toLowerCase(), key.toLowerCase()) }));
    const best = scored.sort((left, right) => left.distance - right.distance)[0];
    return best && best.distance <= Math.max(2, Math.floor(best.key.length / 3)) ? best.key : undefined;
}
function editDistance(left, right) {
    let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
    for (let row = 1; row <= left.length; row++) {
        const current = [row];
        for (let column = 1; column <= right.length; column++) {
            const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
            current[column] = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution);
        }
        previous = current;
    }
    return previous[right.length] ?? 0;
}

// EXTERNAL MODULE: ./src/config/models.ts
var config_models = __webpack_require__(2350);
;// CONCATENATED MODULE: ./src/config/cost-control.ts
/**
 * cost_control.yaml: the spec's budget file, validated at the edge. Every object is strict, so a
 * misspelt key is an error naming its line rather than a limit silently left at its default.
 */







const count = schemas/* int */.Whr().nonnegative();
const dollars = schemas/* number */.aig().nonnegative();
const ModelPriceOverride = schemas/* strictObject */.rej({ input_per_mtok: dollars, output_per_mtok: dollars });
// `.prefault({})` rather than `.default({})`: the empty object is parsed, so each key inside gets its own default.
const providerSettings = (model, maxCostPerMonthUsd) => schemas/* strictObject */.rej({
    model: schemas/* string */.YjP().min(1).default(model),
    max_cost_per_month_usd: dollars.default(maxCostPerMonthUsd),
    /** Per million tokens, by model id; wins over the built-in table. */
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), ModelPriceOverride).default({}),
})
    .prefault({});
/** The seven fix types of the analysis, plus the spec's `manual`, which the analysis never emits. */
const ExcludableFixType = schemas/* enum */.k5n([...failure_context/* fixTypes */.Vk, 'manual']);
const CostControl = schemas/* strictObject */.rej({
    limits: schemas/* strictObject */.rej({
        /** Heals that called a model, repository-wide, per UTC day. */
        max_fixes_per_day: count.default(10),
        /** Heals that called a model for one head branch. */
        max_fixes_per_pr: count.default(3),
        /** The prompt's cap in input tokens, checked before the call. */
        max_tokens_per_fix: count.default(4000),
        /** The answer's cap, thinking included (our extension of the spec). */
        max_output_tokens_per_fix: count.default(2000),
    })
        .prefault({}),
    providers: schemas/* strictObject */.rej({
        anthropic: providerSettings(config_models/* defaultModels */.YX.anthropic, 50),
        openai: providerSettings(config_models/* defaultModels */.YX.openai, 20),
    })
        .prefault({}),
    alert_thresholds: schemas/* strictObject */.rej({
        daily_fixes: count.default(5),
        monthly_cost_usd: dollars.default(30),
    })
        .prefault({}),
    exclude_fix_types: schemas/* array */.YOg(ExcludableFixType).default(['manual', 'unknown']),
})
    .prefault({});
/** The built-in configuration, used when a repository has no cost_control.yaml; equal to the shipped file. */
const defaultCostControl = CostControl.parse({});
const remedy = (fileName) => `Fix ${fileName} on the default branch (Autoheal reads it from there, not from the failing commit). ` +
    "Autoheal's own ci/cost_control.yaml lists every key with its meaning.";
/** Parses and validates the text of a cost_control.yaml; `fileName` appears in every message. */
function parseCostControl(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true });
    const syntaxError = document.errors[0];
    if (syntaxError)
        throw new errors/* ConfigError */.xL(explainSyntaxError(syntaxError, fileName), remedy(fileName));
    // An empty file (or one of comments only) means "all defaults", like an absent one.
    const data = document.toJS() ?? {};
    const result = CostControl.safeParse(data);
    if (result.success)
        return result.data;
    const message = explainSchemaIssues(result.error.issues, { document, lineCounter, schema: CostControl, fileName, data });
    throw new errors/* ConfigError */.xL(message, remedy(fileName));
}
/** Reads `path` (the CLI's `--cost-control`); a missing file means the defaults, with a notice saying so. */
async function loadCostControlFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            return { config: defaultCostControl, notice: `${path} not found: ${describeDefaults()}` };
        }
        throw new errors/* ConfigError */.xL(`Could not read ${path}: ${(0,errors/* getErrorMessage */.u1)(error)}`, remedy(path), { cause: error });
    }
    return { config: parseCostControl(text, path) };
}
/** One sentence for the notice shown when the built-in configuration applies. */
function describeDefaults(config = defaultCostControl) {
    const { limits } = config;
    const models = config_models/* providers */.r5.map((provider) => `${provider} ${config.providers[provider].model}`).join(', ');
    return (`using the built-in limits (${limits.max_fixes_per_day} fixes a day, ${limits.max_fixes_per_pr} per branch, ` +
        `${limits.max_tokens_per_fix} prompt tokens and ${limits.max_output_tokens_per_fix} answer tokens per fix) ` +
        `and models (${models}).`);
}
/** A warning for each configured model that is retired, retiring soon or was never served. */
function configuredModelWarnings(config, today) {
    return config_models/* providers */.r5.flatMap((provider) => {
        const warning = (0,config_models/* modelWarning */.MQ)(config.providers[provider].model, today);
        return warning ? [`providers.${provider}.model: ${warning}`] : [];
    });
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ modelWarning),
/* harmony export */   O4: () => (/* binding */ costUsd),
/* harmony export */   YX: () => (/* binding */ defaultModels),
/* harmony export */   r5: () => (/* binding */ providers),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony exports models, retirementWarningDays, findModel */
/**
 * The models Autoheal knows, as data: prices and retirement dates live here and nowhere else.
 * Checked against the providers' model pages in late 2026; a repository can override a price in
 * cost_control.yaml (`providers.<name>.prices.<model>`) without waiting for a release.
 */
const providers = ['anthropic', 'openai'];
const sonnet45Price = { input_per_mtok: 3, output_per_mtok: 15 };
const models = [
    { id: 'claude-sonnet-5-5', provider: 'anthropic', price: { input_per_mtok: 2, output_per_mtok: 10 } },
    { id: 'claude-sonnet-4-5', provider: 'anthropic', price: sonnet45Price, retiresOn: '2026-11-30', replacement: 'claude-sonnet-5-5' },
    {
        id: 'claude-sonnet-4-5-20250929',
        provider: 'anthropic',
        price: sonnet45Price,
        retiresOn: '2026-11-30',
        replacement: 'claude-sonnet-5-5',
    },
    // The spec's id: a Sonnet 3.5 date on a Sonnet 4.5 name. Priced as Sonnet 4.5 so a dry run still estimates.
    {
        id: 'claude-sonnet-4-5-20241022',
        provider: 'anthropic',
        price: sonnet45Price,
        neverServed: true,
        replacement: 'claude-sonnet-5-5',
    },
    { id: 'gpt-6-luna', provider: 'openai', price: { input_per_mtok: 0.1, output_per_mtok: 0.5 } },
    {
        id: 'gpt-4o-mini',
        provider: 'openai',
        price: { input_per_mtok: 0.15, output_per_mtok: 0.6 },
        retiresOn: '2027-01-14',
        replacement: 'gpt-6-luna',
    },
    {
        id: 'gpt-5-mini',
        provider: 'openai',
        price: { input_per_mtok: 0.25, output_per_mtok: 2 },
        retiresOn: '2026-12-11',
        replacement: 'gpt-6-luna',
    },
];
/** The model each provider uses when cost_control.yaml names none. */
const defaultModels = { anthropic: 'claude-sonnet-5-5', openai: 'gpt-6-luna' };
/** A retirement this close is worth a warning on every run; further out it would only be noise. */
const retirementWarningDays = 60;
const dayMs = 24 * 60 * 60 * 1000;
const providerNames = { anthropic: 'Anthropic', openai: 'OpenAI' };
function findModel(modelId) {
    return models.find((model) => model.id === modelId);
}
/**
 * A sentence telling the user to move off `modelId`, or undefined when there is nothing to say
 * (a current model, a retirement more than `retirementWarningDays` away, or an id the table does not know).
 */
function modelWarning(modelId, today) {
    const model = findModel(modelId);
    if (!model?.replacement)
        return undefined;
    const instead = `use ${model.replacement} instead`;
    if (model.neverServed)
        return `${model.id} was never a model id ${providerNames[model.provider]} served: ${instead}.`;
    if (!model.retiresOn)
        return undefined;
    const daysLeft = Math.ceil((Date.parse(`${model.retiresOn}T00:00:00Z`) - today.getTime()) / dayMs);
    if (daysLeft <= 0)
        return `${model.id} was retired on ${model.retiresOn} and its requests fail: ${instead}.`;
    if (daysLeft <= retirementWarningDays) {
        return `${model.id} retires on ${model.retiresOn} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'}): ${instead}.`;
    }
    return undefined;
}
/**
 * The price of `model`: the repository's override first (one provider's `prices` map from
 * cost_control.yaml), then the table. Undefined when neither knows it; the caller decides what an
 * unpriced model means for the budget.
 */
function priceOf(provider, model, overrides = {}) {
    if (Object.hasOwn(overrides, model))
        return overrides[model];
    const known = findModel(model);
    return known?.provider === provider ? known.price : undefined;
}
/** Dollars for one call, from the token counts the API reported (or estimated ones for a dry run). */
function costUsd(price, inputTokens, outputTokens) {
    return (inputTokens * price.input_per_mtok + outputTokens * price.output_per_mtok) / 1_000_000;
}


/***/ })

};
