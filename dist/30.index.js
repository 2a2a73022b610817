export const id = 30;
export const ids = [30];
export const modules = {

/***/ 67237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ withPermissionRemedy)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45578);


/**
 * A 403 (or a 404, GitHub's answer when a token may not even see the resource) means the token lacks a
 * permission. The generic remedy speaks of the heal's `actions: read`; a scheduled mode needs others,
 * so it names its own.
 */
function withPermissionRemedy(error, action, permissions) {
    const apiError = (0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubApiError */ .Vu)(error, action);
    if (apiError.status !== 403 && apiError.status !== 404)
        return apiError;
    // A 403 for a spent rate limit already says so; that is not a permission.
    const cause = apiError.cause;
    if (cause instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G && cause.response?.headers['x-ratelimit-remaining'] === '0')
        return apiError;
    const remedy = `The token needs ${permissions}: give the workflow job \`permissions:\` with ${permissions} (a schedule-triggered GITHUB_TOKEN is often read-only), or pass a token that has them as \`github-token\`.`;
    return new _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(apiError.message, remedy, apiError.status, { cause: apiError });
}


/***/ }),

/***/ 20467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ supersedeFixes),
/* harmony export */   LF: () => (/* binding */ supersededLabel)
/* harmony export */ });
/* unused harmony exports findSupersededFixes, closeSupersededFixes */
/* harmony import */ var _ledger_ledger_marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81363);
/* harmony import */ var _deliver_branch_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92093);


const supersededLabel = 'superseded';
/** The open auto-fix PRs this run supersedes; reads only. */
async function findSupersededFixes(repo, run) {
    if (!run.headBranch || run.headBranch.startsWith(_deliver_branch_name_js__WEBPACK_IMPORTED_MODULE_1__/* .fixBranchPrefix */ .k))
        return [];
    const candidates = (await repo.listOpenPullRequests({ base: run.headBranch })).filter((pull) => pull.headBranch.startsWith(_deliver_branch_name_js__WEBPACK_IMPORTED_MODULE_1__/* .fixBranchPrefix */ .k));
    const superseded = [];
    for (const pull of candidates) {
        const entry = (0,_ledger_ledger_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .readMarkers */ .mC)(pull.body).find((marker) => marker.kind === 'pr' && marker.head_branch === run.headBranch);
        if (!entry)
            continue;
        const failing = await repo.getWorkflowRun(Number(entry.failing_run_id));
        if (failing && run.workflowId !== undefined && failing.workflowId !== run.workflowId)
            continue;
        if (failing && run.createdAt && Date.parse(run.createdAt) <= Date.parse(failing.createdAt))
            continue;
        superseded.push({ number: pull.number, url: pull.url });
    }
    return superseded;
}
async function closeSupersededFixes(repo, run, pulls) {
    for (const pull of pulls) {
        await repo.addComment(pull.number, `A later run of \`${run.headBranch}\` passed without this fix: [run ${run.id}](${run.url}) at ${run.headSha.slice(0, 7)}. Closing it as superseded; the branch stays, so reopen the PR if the change is still wanted.`);
        await repo.addLabels(pull.number, [supersededLabel]);
        await repo.closeIssueOrPull(pull.number);
    }
}
/** Finds and (when the heal may write) closes what a green run supersedes; what it did, for the summary. */
async function supersedeFixes(repo, run, options, steps) {
    const pulls = await findSupersededFixes(repo, run);
    if (pulls.length === 0)
        return '';
    const list = pulls.map((pull) => `#${pull.number}`).join(', ');
    if (!options.closes) {
        steps.push(['Superseded fixes', `would close ${list}`]);
        return ` It supersedes the auto-fix PR ${list}, which a heal would close.`;
    }
    await closeSupersededFixes(repo, run, pulls);
    for (const pull of pulls)
        steps.push(['Superseded fix', `${pull.url} closed`]);
    return ` Closed the superseded auto-fix PR ${list}.`;
}


/***/ }),

/***/ 10030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsArtifactName: () => (/* binding */ metricsArtifactName),
  metricsFileName: () => (/* binding */ metricsFileName),
  runMetrics: () => (/* binding */ runMetrics)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/repo-api.ts
var repo_api = __webpack_require__(83282);
// EXTERNAL MODULE: ./src/report/upload-artifact.ts
var upload_artifact = __webpack_require__(44852);
// EXTERNAL MODULE: ./src/heal/close-superseded.ts
var close_superseded = __webpack_require__(20467);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger = __webpack_require__(82420);
;// CONCATENATED MODULE: ./src/metrics/compute-metrics.ts


/** The spec's reasons (its Failure Analysis), each as the label a reviewer puts on a PR they close. */
const rejectionReasons = ['incorrect', 'incomplete', 'introduced-bug', 'security', 'style', 'other'];
const rejectionLabelPrefix = 'autofix-rejected:';
/** The label the loop guard puts on a fix PR whose own CI failed (heal/repository-upkeep.ts). */
const fixFailedLabel = 'fix-failed';
const handledKinds = new Set(['pr', 'ticket', 'comment']);
const hourMs = 3_600_000;
const ratio = (part, whole) => (whole > 0 ? part / whole : undefined);
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((left, right) => left - right);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** The reasons a closed PR's labels give; a label with an unknown reason counts as `other`. */
function rejectionReasonsOf(labels) {
    const reasons = labels
        .map((label) => label.trim().toLowerCase())
        .filter((label) => label.startsWith(rejectionLabelPrefix))
        .map((label) => label.slice(rejectionLabelPrefix.length))
        .map((reason) => (rejectionReasons.includes(reason) ? reason : 'other'));
    return [...new Set(reasons)];
}
/** The first month each failing run was handled in (a run may have a ticket and, later, a comment). */
function firstMonthByRun(entries) {
    const months = new Map();
    for (const entry of entries) {
        if (!handledKinds.has(entry.kind) || entry.failing_run_id === '')
            continue;
        const month = (0,ledger/* utcMonth */.R6)(entry.created_at);
        const known = months.get(entry.failing_run_id);
        if (!known || month < known)
            months.set(entry.failing_run_id, month);
    }
    return months;
}
function monthlyRows(pullRequests, entries, runMonths) {
    const rows = new Map();
    const row = (month) => {
        let existing = rows.get(month);
        if (!existing)
            rows.set(month, (existing = { month, failedRunsHandled: 0, pullRequests: 0, merged: 0, costUsd: 0 }));
        return existing;
    };
    for (const month of runMonths.values())
        row(month).failedRunsHandled += 1;
    for (const pull of pullRequests) {
        row((0,ledger/* utcMonth */.R6)(pull.openedAt)).pullRequests += 1;
        if (pull.mergedAt)
            row((0,ledger/* utcMonth */.R6)(pull.mergedAt)).merged += 1;
    }
    for (const entry of entries)
        if (entry.cost_usd > 0)
            row((0,ledger/* utcMonth */.R6)(entry.created_at)).costUsd += entry.cost_usd;
    return [...rows.values()].sort((left, right) => left.month.localeCompare(right.month));
}
function computeMetrics(input) {
    const entries = (0,ledger/* uniqueEntries */.Sb)(input.entries);
    const pullRequests = [...new Map(input.pullRequests.map((pull) => [pull.number, pull])).values()];
    const merged = pullRequests.filter((pull) => pull.mergedAt !== undefined);
    const isSuperseded = (pull) => pull.labels.some((label) => label.toLowerCase() === close_superseded/* supersededLabel */.LF) && rejectionReasonsOf(pull.labels).length === 0;
    const closedWithoutMerge = pullRequests.filter((pull) => pull.state === 'closed' && pull.mergedAt === undefined);
    const closedUnmerged = closedWithoutMerge.filter((pull) => !isSuperseded(pull));
    const decided = merged.length + closedUnmerged.length;
    const runMonths = firstMonthByRun(entries);
    const totalCostUsd = entries.reduce((sum, entry) => sum + entry.cost_usd, 0);
    // A merge stamped before its own ledger time is a forged or copied marker: no duration to take.
    const hoursToMerge = merged
        .map((pull) => (Date.parse(pull.mergedAt) - Date.parse(pull.openedAt)) / hourMs)
        .filter((hours) => hours >= 0);
    const rejections = Object.fromEntries([...rejectionReasons, 'fix-failed', 'unlabelled'].map((reason) => [reason, 0]));
    for (const pull of closedUnmerged) {
        const reasons = rejectionReasonsOf(pull.labels);
        const failedCi = pull.labels.some((label) => label.toLowerCase() === fixFailedLabel);
        if (reasons.length === 0)
            rejections[failedCi ? 'fix-failed' : 'unlabelled'] += 1;
        for (const reason of reasons)
            rejections[reason] += 1;
    }
    const optional = (key, value) => (value === undefined ? {} : { [key]: value });
    return {
        failedRunsHandled: runMonths.size,
        pullRequests: pullRequests.length,
        merged: merged.length,
        closedUnmerged: closedUnmerged.length,
        superseded: closedWithoutMerge.length - closedUnmerged.length,
        open: pullRequests.filter((pull) => pull.state === 'open').length,
        decided,
        ...optional('fixGenerationRate', ratio(pullRequests.length, runMonths.size)),
        ...optional('acceptanceRate', ratio(merged.length, decided)),
        ...optional('falsePositiveRate', ratio(closedUnmerged.length, decided)),
        ...optional('medianHoursToMerge', median(hoursToMerge)),
        totalCostUsd,
        ...optional('costPerPullRequestUsd', ratio(totalCostUsd, pullRequests.length)),
        ...optional('costPerMergedFixUsd', ratio(totalCostUsd, merged.length)),
        monthly: monthlyRows(pullRequests, entries, runMonths),
        rejections,
    };
}

;// CONCATENATED MODULE: ./src/metrics/quality-targets.ts
const percent = (fraction) => `${Math.round(fraction * 100)}%`;
/** Cents hide what a fix costs (the spec's $0.042): below a dollar, three decimals. */
const dollars = (amount) => `$${amount.toFixed(amount > 0 && amount < 1 ? 3 : 2)}`;
const hours = (value) => `${value.toFixed(1)}h`;
const qualityTargets = [
    {
        metric: 'Fix acceptance rate',
        target: '>= 70%',
        value: (metrics) => metrics.acceptanceRate,
        meets: (value) => value >= 0.7,
        describe: (value, metrics) => `${percent(value)} (${metrics.merged} merged of ${metrics.decided} decided)`,
    },
    {
        metric: 'Time to fix',
        target: '< 24h',
        value: (metrics) => metrics.medianHoursToMerge,
        meets: (value) => value < 24,
        describe: (value, metrics) => `${hours(value)} (median, failure → merge, ${metrics.merged} merged)`,
    },
    {
        metric: 'False positive rate',
        target: '< 10%',
        value: (metrics) => metrics.falsePositiveRate,
        meets: (value) => value < 0.1,
        describe: (value, metrics) => `${percent(value)} (${metrics.closedUnmerged} closed unmerged of ${metrics.decided} decided)`,
    },
    {
        metric: 'Cost efficiency',
        target: '< $5/fix',
        value: (metrics) => metrics.costPerPullRequestUsd,
        meets: (value) => value < 5,
        describe: (value, metrics) => `${dollars(value)} per fix PR${metrics.costPerMergedFixUsd === undefined ? '' : `, ${dollars(metrics.costPerMergedFixUsd)} per merged fix`}`,
    },
    {
        metric: 'Human time saved',
        target: '>= 5h/week',
        // Nothing in the ledger or on GitHub says how long a person would have taken.
        value: () => undefined,
        meets: (value) => value >= 5,
        describe: (value) => `${hours(value)}/week`,
        withoutData: '— (not measured)',
    },
];
function qualityRows(metrics) {
    return qualityTargets.map((target) => {
        const value = target.value(metrics);
        if (value === undefined)
            return { metric: target.metric, target: target.target, current: target.withoutData ?? '— (no data yet)', status: '—' };
        return { metric: target.metric, target: target.target, current: target.describe(value, metrics), status: target.meets(value) ? '✅' : '❌', value };
    });
}

// EXTERNAL MODULE: ./src/github/permission-remedy.ts
var permission_remedy = __webpack_require__(67237);
// EXTERNAL MODULE: ./src/ledger/ledger-marker.ts
var ledger_marker = __webpack_require__(81363);
;// CONCATENATED MODULE: ./src/metrics/read-ledger.ts


function ledgerFromSearch(results, commentsByNumber) {
    const pullRequests = [];
    const entries = [];
    let itemCount = 0;
    for (const result of results) {
        const bodyEntries = (0,ledger_marker/* readMarkers */.mC)(result.body);
        if (bodyEntries.length > 0)
            itemCount += 1;
        entries.push(...bodyEntries);
        // A comment may quote a PR's marker; only `comment` entries are a comment's own.
        for (const comment of commentsByNumber.get(result.number) ?? []) {
            entries.push(...(0,ledger_marker/* readMarkers */.mC)(comment.body).filter((entry) => entry.kind === 'comment'));
        }
        const fix = bodyEntries.find((entry) => entry.kind === 'pr');
        if (!result.isPullRequest || !fix)
            continue;
        pullRequests.push({
            number: result.number,
            url: result.url,
            state: result.state,
            labels: result.labels,
            openedAt: fix.created_at,
            ...(result.mergedAt ? { mergedAt: result.mergedAt } : {}),
        });
    }
    return { pullRequests, entries, itemCount };
}
const readPermissions = '`issues: read` and `pull-requests: read` (the ledger is searched in issue and pull request bodies)';
async function readLedger(repo, repository) {
    const query = (0,ledger_marker/* ledgerSearchQuery */.mG)(repository);
    let results;
    try {
        results = await repo.searchIssuesAndPulls(query);
    }
    catch (error) {
        throw (0,permission_remedy/* withPermissionRemedy */.o)(error, `search the ledger (${query})`, readPermissions);
    }
    const commentsByNumber = new Map();
    for (const result of results) {
        // Our comments sit on our own PRs and tickets; an item without one of our markers holds none.
        if (result.commentCount === 0 || (0,ledger_marker/* readMarkers */.mC)(result.body).length === 0)
            continue;
        try {
            commentsByNumber.set(result.number, await repo.listComments(result.number));
        }
        catch (error) {
            throw (0,permission_remedy/* withPermissionRemedy */.o)(error, `list the comments of #${result.number}`, readPermissions);
        }
    }
    return { ...ledgerFromSearch(results, commentsByNumber), searchResultCount: results.length };
}

// EXTERNAL MODULE: ./src/report/markdown-table.ts
var markdown_table = __webpack_require__(99132);
;// CONCATENATED MODULE: ./src/metrics/render-metrics.ts



/** The metrics as the job summary shows them and as the JSON file keeps them. */
const reasonWords = {
    incorrect: "Incorrect fix (doesn't solve the problem)",
    incomplete: 'Incomplete fix (only partial)',
    'introduced-bug': 'Introduced a bug',
    security: 'Security concern',
    style: "Style violation (doesn't match conventions)",
    other: 'Other',
};
const orDash = (value, format) => (value === undefined ? '—' : format(value));
function successTable(metrics) {
    return (0,markdown_table/* markdownTable */.Q)(['Metric', 'Value'], [
        ['Failed runs handled (PR, ticket or comment)', String(metrics.failedRunsHandled)],
        ['Fix PRs opened', String(metrics.pullRequests)],
        ['Fix generation rate (fix PRs ÷ failed runs handled)', orDash(metrics.fixGenerationRate, percent)],
        ['Merged', String(metrics.merged)],
        ['Closed without merging', String(metrics.closedUnmerged)],
        ['Closed as superseded (a later run passed without them)', String(metrics.superseded)],
        ['Still open', String(metrics.open)],
        ['Median time to merge', orDash(metrics.medianHoursToMerge, hours)],
        ['Total model spend', dollars(metrics.totalCostUsd)],
        ['Cost per fix PR', orDash(metrics.costPerPullRequestUsd, dollars)],
        ['Cost per merged fix', orDash(metrics.costPerMergedFixUsd, dollars)],
    ]);
}
function monthlyTable(metrics) {
    if (metrics.monthly.length === 0)
        return 'No ledger entries yet.';
    return (0,markdown_table/* markdownTable */.Q)(['Month (UTC)', 'Failed runs handled', 'Fix PRs', 'Merged', 'Cost'], metrics.monthly.map((row) => [row.month, String(row.failedRunsHandled), String(row.pullRequests), String(row.merged), dollars(row.costUsd)]));
}
function rejectionTable(metrics) {
    if (metrics.closedUnmerged === 0)
        return 'No fix PR was closed without merging.';
    return (0,markdown_table/* markdownTable */.Q)(['Reason', 'Label', 'Closed unmerged PRs'], [
        ...rejectionReasons.map((reason) => [reasonWords[reason], `\`${rejectionLabelPrefix}${reason}\``, String(metrics.rejections[reason])]),
        ['CI failed on the fix (closed by Autoheal, no reason label)', `\`${fixFailedLabel}\``, String(metrics.rejections['fix-failed'])],
        ['No reason label', '—', String(metrics.rejections.unlabelled)],
    ]);
}
function renderMetricsSummary({ metrics, quality, message, dataNote, warnings }) {
    return [
        '## Autoheal: metrics',
        '',
        `**analyzed**: ${message}`,
        ...warnings.map((warning) => `\n> ${warning}`),
        '',
        '### Quality metrics',
        '',
        (0,markdown_table/* markdownTable */.Q)(['Metric', 'Target', 'Current', 'Status'], quality.map((row) => [row.metric, row.target, row.current, row.status])),
        '',
        'A fix PR is decided once merged or closed; time to fix runs from the ledger time of the PR (minutes after the failure) to the merge.',
        '',
        '### Success metrics',
        '',
        successTable(metrics),
        '',
        '### Monthly fixes and cost',
        '',
        monthlyTable(metrics),
        '',
        '### Rejection reasons',
        '',
        rejectionTable(metrics),
        '',
        `Reviewers give a reason by labelling the PR they close \`${rejectionLabelPrefix}<reason>\`.`,
        '',
        dataNote,
        '',
    ].join('\n');
}
/** The JSON file: the same numbers, undefined as null so a reader sees every key. */
function renderMetricsJson(input) {
    const { metrics } = input;
    const rate = (value) => (value === undefined ? null : Number(value.toFixed(4)));
    const money = (value) => (value === undefined ? null : Number(value.toFixed(6)));
    const document = {
        repository: input.repository,
        generated_at: input.generatedAt.toISOString(),
        failed_runs_handled: metrics.failedRunsHandled,
        fix_prs: metrics.pullRequests,
        merged: metrics.merged,
        closed_unmerged: metrics.closedUnmerged,
        open: metrics.open,
        fix_generation_rate: rate(metrics.fixGenerationRate),
        fix_acceptance_rate: rate(metrics.acceptanceRate),
        false_positive_rate: rate(metrics.falsePositiveRate),
        median_hours_to_merge: rate(metrics.medianHoursToMerge),
        total_cost_usd: money(metrics.totalCostUsd),
        cost_per_fix_usd: money(metrics.costPerPullRequestUsd),
        cost_per_merged_fix_usd: money(metrics.costPerMergedFixUsd),
        monthly: metrics.monthly.map((row) => ({ month: row.month, failed_runs_handled: row.failedRunsHandled, fix_prs: row.pullRequests, merged: row.merged, cost_usd: money(row.costUsd) })),
        rejection_reasons: metrics.rejections,
        quality: input.quality.map((row) => ({ metric: row.metric, target: row.target, current: row.current, status: row.status, value: row.value ?? null })),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/metrics/run-metrics.ts









const metricsFileName = 'autoheal-metrics.json';
const metricsArtifactName = 'autoheal-metrics';
// GitHub's search answers at most this many results, however many pages are asked for.
const searchResultCap = 1000;
function describe(metrics, itemCount) {
    if (itemCount === 0)
        return 'No ledger entry yet: Autoheal has not opened a PR, ticket or comment in this repository.';
    return `${itemCount} ledger item${itemCount === 1 ? '' : 's'} read: ${metrics.pullRequests} fix PRs for ${metrics.failedRunsHandled} failed runs handled; ${metrics.merged} merged, ${metrics.closedUnmerged} closed unmerged, ${metrics.open} open.`;
}
async function runMetrics(input) {
    const { log } = input;
    const repo = (0,repo_api/* createRepoApi */.v)({ octokit: (0,octokit/* createOctokit */.Q)({ token: input.githubToken, baseUrl: input.apiUrl }), repository: input.repository });
    const ledger = await readLedger(repo, input.repository);
    const metrics = computeMetrics(ledger);
    const quality = qualityRows(metrics);
    const warnings = ledger.searchResultCount >= searchResultCap
        ? [`GitHub's search returns at most ${searchResultCap} results: older ledger items may be missing from these numbers.`]
        : [];
    for (const warning of warnings)
        log.warning(warning);
    const directory = (0,external_node_path_.join)(input.outputDir, metricsArtifactName);
    await (0,promises_.mkdir)(directory, { recursive: true });
    const file = (0,external_node_path_.join)(directory, metricsFileName);
    await (0,promises_.writeFile)(file, renderMetricsJson({ repository: input.repository, generatedAt: input.now, metrics, quality }));
    log.info(`Wrote the metrics to ${file}.`);
    const upload = await (0,upload_artifact/* uploadArtifact */.m)(metricsArtifactName, [file], directory, input.upload);
    const dataNote = upload.uploaded
        ? `The numbers are in \`${metricsFileName}\`, uploaded as the artifact \`${metricsArtifactName}\`.`
        : `The numbers are in \`${file}\` (not uploaded as an artifact: ${upload.why}).`;
    if (upload.uploaded)
        log.info(`Uploaded ${metricsFileName} as the artifact ${metricsArtifactName}.`);
    else
        log.notice(`${metricsFileName} stays in ${directory}: ${upload.why}.`);
    const message = describe(metrics, ledger.itemCount);
    return { outcome: 'analyzed', reason: '', message, summary: renderMetricsSummary({ metrics, quality, message, dataNote, warnings }) };
}


/***/ }),

/***/ 99132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
/**
 * A GitHub-flavoured Markdown table for the job summary. Cells may hold text from pull requests
 * (titles, labels): a `|` would start a new column and a line break would end the row, so both are
 * neutralised here, once, rather than by every caller.
 */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function escapeCell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}


/***/ }),

/***/ 44852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

async function uploadArtifact(name, files, directory, environment) {
    if (!environment.hasRuntimeToken)
        return { uploaded: false, name, directory, why: 'not inside a GitHub Actions job' };
    if (environment.isEnterpriseServer)
        return { uploaded: false, name, directory, why: '@actions/artifact cannot upload on GitHub Enterprise Server' };
    try {
        // Loaded only here: the artifact client (and Azure's storage SDK behind it) weighs on every start otherwise.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(143), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 18550));
        await new DefaultArtifactClient().uploadArtifact(name, [...files], directory, { retentionDays: 30 });
        return { uploaded: true, name, directory };
    }
    catch (error) {
        return { uploaded: false, name, directory, why: `the upload failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}` };
    }
}


/***/ })

};
