export const id = 598;
export const ids = [598];
export const modules = {

/***/ 55217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionSettings: () => (/* binding */ readActionSettings)
/* harmony export */ });
/* unused harmony export modes */
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12350);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * The action's inputs as one typed object (checkout's input-helper idea): every input is read
 * and checked here, once; nothing later reads an input. `getInput` is the runner's reader
 * (core.getInput in main.ts), so this stays testable without a runner.
 */
const modes = ['heal', 'analyze', 'remind', 'metrics'];
function readBoolean(getInput, name, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input '${name}' is '${value}', not true or false.`, `Set ${name}: true or ${name}: false.`);
}
function readList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function readAuthor(value) {
    const match = /^(.+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input 'commit-author' is '${value}', not 'Name <email>'.`, 'Write it as: commit-author: Your Bot <bot@example.com>');
    return { name: match[1], email: match[2] };
}
function readActionSettings(getInput) {
    const provider = getInput('provider').trim() || 'anthropic';
    if (!_models_js__WEBPACK_IMPORTED_MODULE_0__/* .providers */ .r5.includes(provider)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input 'provider' is '${provider}'.`, `Use one of: ${_models_js__WEBPACK_IMPORTED_MODULE_0__/* .providers */ .r5.join(', ')}.`);
    }
    const mode = getInput('mode').trim() || 'heal';
    if (!modes.includes(mode))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input 'mode' is '${mode}'.`, `Use one of: ${modes.join(', ')}.`);
    const keyInput = provider === 'anthropic' ? 'anthropic-api-key' : 'openai-api-key';
    const optional = (name) => getInput(name).trim() || undefined;
    const githubToken = getInput('github-token').trim();
    if (!githubToken)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL("Input 'github-token' is empty.", 'Leave it at its default, ${{ github.token }}, or pass a token with actions: read.');
    const settings = {
        githubToken,
        provider: provider,
        costControlPath: optional('cost-control') ?? 'ci/cost_control.yaml',
        templatesDir: optional('templates-dir') ?? 'ci/fix_templates',
        mode: mode,
        dryRun: readBoolean(getInput, 'dry-run', false),
        allowForks: readBoolean(getInput, 'allow-forks', false),
        protectedBranches: readList(getInput('protected-branches') || 'main,master'),
        healProtectedBranches: readBoolean(getInput, 'heal-protected-branches', false),
        requireVerified: readBoolean(getInput, 'require-verified', false),
        labels: readList(getInput('labels') || 'auto-fix,ci,review-required'),
        closeFailedFixes: readBoolean(getInput, 'close-failed-fixes', true),
        workingDirectory: optional('working-directory') ?? '.',
        commitAuthor: readAuthor(getInput('commit-author') || 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'),
    };
    const pushToken = optional('push-token');
    const apiKey = optional(keyInput);
    const model = optional('model');
    const verifyCommand = optional('verify-command');
    return {
        ...settings,
        ...(pushToken ? { pushToken } : {}),
        ...(apiKey ? { apiKey } : {}),
        ...(model ? { model } : {}),
        ...(verifyCommand ? { verifyCommand } : {}),
    };
}


/***/ }),

/***/ 12350:
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
