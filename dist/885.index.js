export const id = 885;
export const ids = [885];
export const modules = {

/***/ 71824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ fenceUntrusted),
/* harmony export */   n5: () => (/* binding */ renderWithinLimit),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports maxBodyLength, cleanUntrusted */
/* harmony import */ var _fix_redact_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17658);

/**
 * Markdown pieces for bodies that hold untrusted text (logs, the model's words, paths from logs).
 * Such text is redacted, then fenced: a fence longer than any backtick run inside cannot be closed
 * early, so nothing in it becomes a heading, a link, a mention or an image.
 */
/** GitHub refuses a pull request or issue body longer than this. */
const maxBodyLength = 65_536;
function longestBacktickRun(text) {
    return [...text.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0);
}
/**
 * A hidden ledger marker (`<!-- autoheal: … -->`) is found by searching bodies; one copied from a
 * log into a fence must not be read as ours, so `<!--` in untrusted text gets a zero-width space.
 */
function defuseMarkers(text) {
    return text.replace(/<!--/g, '<!-\u200b-');
}
/** Untrusted text as it may appear anywhere in a body: secrets out, markers defused. */
function cleanUntrusted(text) {
    return defuseMarkers((0,_fix_redact_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(text));
}
/** A fenced block of untrusted text, e.g. `fenceUntrusted(log, 'text')` or `fenceUntrusted(patch, 'diff')`. */
function fenceUntrusted(text, language) {
    const clean = cleanUntrusted(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1));
    return `${fence}${language}\n${clean}\n${fence}`;
}
/** One line of untrusted text (a path, a test id) as inline code. */
function inlineCode(text) {
    // eslint-disable-next-line no-control-regex
    const clean = cleanUntrusted(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
    const ticks = '`'.repeat(longestBacktickRun(clean) + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/**
 * Fills `{{slot}}`s in one pass, so a value that holds `{{…}}` is never expanded again; a slot the
 * template names but the caller did not fill is a bug, not an empty string. Runs of blank lines
 * left by empty optional sections collapse to one.
 */
function fillTemplate(template, slots) {
    const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
        if (!Object.hasOwn(slots, name))
            throw new Error(`template slot {{${name}}} has no value`);
        return slots[name];
    });
    return `${filled.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
// Room for the note and a longer fence that a cut may need.
const cutMarginChars = 400;
/**
 * The body within GitHub's limit: cuttable parts are shortened in order (the log excerpt first),
 * each saying so through `render(…, true)`. The marker, at the end, is never cut: a body missing
 * its marker is a spend the ledger would not see.
 */
function renderWithinLimit(template, slots, cuttable, maxLength = maxBodyLength) {
    const texts = new Map(cuttable.map((part) => [part.slot, part.text]));
    const cut = new Set();
    const render = () => fillTemplate(template, {
        ...slots,
        ...Object.fromEntries(cuttable.map((part) => [part.slot, part.render(texts.get(part.slot), cut.has(part.slot))])),
    });
    let body = render();
    for (const part of cuttable) {
        if (body.length <= maxLength)
            return body;
        const text = texts.get(part.slot);
        const keepChars = Math.max(0, text.length - (body.length - maxLength) - cutMarginChars);
        texts.set(part.slot, part.keep === 'end' ? text.slice(text.length - keepChars) : text.slice(0, keepChars));
        cut.add(part.slot);
        body = render();
    }
    return body.length <= maxLength ? body : hardCut(body, slots, maxLength);
}
/** Last resort when fixed parts alone overflow: cut before the marker, keep the marker. */
function hardCut(body, slots, maxLength) {
    const marker = slots['ledger_marker'] ?? '';
    const note = '\n\n*(cut to fit GitHub\'s 65,536-character limit)*\n\n';
    const head = body.slice(0, Math.max(0, maxLength - marker.length - note.length - 1));
    return `${head}${note}${marker}\n`.slice(0, maxLength);
}


/***/ }),

/***/ 17658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets),
/* harmony export */   x: () => (/* binding */ secretShapes)
/* harmony export */ });
const secretShapes = [
    {
        label: 'PRIVATE_KEY',
        pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
    },
    // Classic tokens are the prefix and 36 characters; fine-grained ones are github_pat_ and 82.
    { label: 'GITHUB_TOKEN', pattern: /gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}/g },
    { label: 'ANTHROPIC_KEY', pattern: /sk-ant-[A-Za-z0-9_-]{20,}/g }, // before the generic sk- row below
    {
        label: 'OPENAI_KEY',
        pattern: /sk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{20,}/g,
    },
    { label: 'AWS_ACCESS_KEY_ID', pattern: /(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
    // The secret itself is 40 base64 characters with nothing to recognise it by but its name.
    { label: 'AWS_SECRET', pattern: /(?<=aws_secret_access_key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi },
    // Header and payload are base64url JSON, so both begin with `eyJ` (`{"`); alg "none" has no signature.
    { label: 'JWT', pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
    { label: 'SLACK_TOKEN', pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/g },
    { label: 'NPM_TOKEN', pattern: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
    { label: 'AUTHORIZATION', pattern: /(?<=\bAuthorization["']?\s*[:=]\s*["']?(?:Bearer|Basic|token)\s+)[A-Za-z0-9._~+/=-]{8,}/gi },
    // scheme://user:password@host — the user name stays, the password goes.
    { label: 'URL_PASSWORD', pattern: /(?<=\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@[\]]*:)[^\s/@[\]]+(?=@)/g },
    { label: 'URL_PASSWORD', pattern: /(?<=[?&;](?:password|passwd|pwd|secret|token|access_token|api_key|apikey)=)[^&\s#"'[\]]+/gi },
];
function redactSecrets(text) {
    return secretShapes.reduce((redacted, { label, pattern }) => redacted.replace(pattern, `[REDACTED_${label}]`), text);
}


/***/ }),

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

/***/ 35885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRemind: () => (/* binding */ runRemind)
});

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/repo-api.ts
var repo_api = __webpack_require__(83282);
// EXTERNAL MODULE: ./src/github/github-api-error.ts
var github_api_error = __webpack_require__(45578);
// EXTERNAL MODULE: ./src/github/split-repository.ts
var split_repository = __webpack_require__(84932);
;// CONCATENATED MODULE: ./src/github/review-api.ts


function createReviewApi(settings) {
    const { octokit } = settings;
    const [owner, repo] = (0,split_repository/* splitRepository */.T)(settings.repository);
    return {
        async listReviews(pullNumber) {
            try {
                const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: settings.perPage ?? 100 });
                return reviews.map((review) => ({
                    author: review.user?.login ?? '',
                    state: review.state,
                    ...(review.submitted_at ? { submittedAt: review.submitted_at } : {}),
                }));
            }
            catch (error) {
                throw (0,github_api_error/* toGitHubApiError */.Vu)(error, `list the reviews of #${pullNumber}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/permission-remedy.ts
var permission_remedy = __webpack_require__(67237);
// EXTERNAL MODULE: ./src/deliver/branch-name.ts
var branch_name = __webpack_require__(92093);
// EXTERNAL MODULE: ./src/ledger/ledger-marker.ts
var ledger_marker = __webpack_require__(81363);
;// CONCATENATED MODULE: ./src/remind/reminder-rules.ts


const hourMs = 3_600_000;
/** The stages from the latest: a PR past 48 h gets the 48 h reminder only, never both at once. */
const stagesByAge = [
    { stage: '48h', afterHours: 48 },
    { stage: '24h', afterHours: 24 },
];
function hoursSince(openedAt, now) {
    return (now.getTime() - Date.parse(openedAt)) / hourMs;
}
/** The reminder a PR opened at `openedAt` is due for at `now`, or undefined before 24 h. */
function dueStage(openedAt, now) {
    const age = hoursSince(openedAt, now);
    return stagesByAge.find(({ afterHours }) => age >= afterHours)?.stage;
}
function reminderMarker(stage) {
    return `<!-- autoheal-reminder: ${stage} -->`;
}
const reminderMarkerPattern = /<!--\s*autoheal-reminder:\s*(24h|48h)\s*-->/g;
/** The stages already posted, read from the PR's comments. */
function postedStages(commentBodies) {
    return new Set(commentBodies.flatMap((body) => [...body.matchAll(reminderMarkerPattern)].map((match) => match[1])));
}
/**
 * Due and not yet posted → the stage to post now. A 48 h reminder already posted also covers the
 * 24 h one (a clock that went backwards must not bring the first reminder after the second).
 */
function stageToPost(due, posted) {
    if (posted.has(due) || posted.has('48h'))
        return undefined;
    return due;
}
/** A submitted review of any kind counts; a pending one is a draft only its author sees. */
function hasReview(reviews) {
    return reviews.some((review) => review.state !== 'PENDING');
}
/**
 * An open draft that Autoheal made: a `fix/auto-*` head and a `pr` ledger marker. The branch alone
 * is not enough (anyone may name a branch so); the marker alone neither (a PR could quote one).
 */
function isAutoFixDraft(pull) {
    return pull.draft && pull.headBranch.startsWith(branch_name/* fixBranchPrefix */.k) && (0,ledger_marker/* readMarkers */.mC)(pull.body).some((entry) => entry.kind === 'pr');
}

;// CONCATENATED MODULE: ./src/remind/reminder-comment.ts

const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const teamSlugPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** `@login` for people, `@org/team` for teams; bots (`name[bot]`) read no mentions and are left out. */
function mentionsOf({ owner, reviewers, teams }) {
    const people = reviewers.filter((login) => loginPattern.test(login)).map((login) => `@${login}`);
    const groups = loginPattern.test(owner) ? teams.filter((slug) => teamSlugPattern.test(slug)).map((slug) => `@${owner}/${slug}`) : [];
    return [...people, ...groups];
}
const waited = {
    '24h': 'has waited more than 24 hours for a review',
    '48h': 'has waited more than 48 hours for a review (second reminder)',
};
function renderReminderComment(stage, pullNumber, addressees) {
    const mentions = mentionsOf(addressees);
    const greeting = mentions.length > 0
        ? `${mentions.join(' ')}, this auto-fix pull request ${waited[stage]}.`
        : `This auto-fix pull request ${waited[stage]}, and no reviewer is requested on it: could a maintainer take it?`;
    return [
        greeting,
        '',
        `Check it out and run the tests (\`gh pr checkout ${pullNumber}\`), then either mark it ready and approve it ` +
            `(\`gh pr ready ${pullNumber}\`, \`gh pr review ${pullNumber} --approve\`), or close it with a label saying why: ` +
            '`autofix-rejected:incorrect`, `autofix-rejected:incomplete`, `autofix-rejected:introduced-bug`, ' +
            '`autofix-rejected:security`, `autofix-rejected:style` or `autofix-rejected:other`. Autoheal\'s metrics count these labels.',
        '',
        reminderMarker(stage),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/remind/remind-reviewers.ts




const writePermissions = '`pull-requests: write` (to read reviews and comment on pull requests)';
async function remindReviewers({ repo, reviews, owner, now, log }) {
    let pulls;
    try {
        pulls = await repo.listOpenPullRequests();
    }
    catch (error) {
        throw (0,permission_remedy/* withPermissionRemedy */.o)(error, 'list the open pull requests', '`pull-requests: read`');
    }
    const remindOne = async (pull) => {
        if (hasReview(await reviews.listReviews(pull.number)))
            return { verdict: 'reviewed' };
        const due = dueStage(pull.createdAt, now);
        if (!due)
            return { verdict: 'not-yet-due' };
        const comments = await repo.listComments(pull.number);
        const stage = stageToPost(due, postedStages(comments.map((comment) => comment.body)));
        if (!stage)
            return { verdict: 'already-reminded' };
        const addressees = { owner, reviewers: pull.requestedReviewers, teams: pull.requestedTeams };
        const posted = await repo.addComment(pull.number, renderReminderComment(stage, pull.number, addressees));
        log.info(`#${pull.number}: posted the ${stage} review reminder (${posted.url}).`);
        return { verdict: stage === '24h' ? 'reminded-24h' : 'reminded-48h', commentUrl: posted.url };
    };
    const rows = [];
    let firstError;
    for (const pull of pulls.filter(isAutoFixDraft).sort((left, right) => left.number - right.number)) {
        const row = {
            number: pull.number,
            url: pull.url,
            headBranch: pull.headBranch,
            openedAt: pull.createdAt,
            ageHours: hoursSince(pull.createdAt, now),
            reviewers: pull.requestedReviewers,
            teams: pull.requestedTeams,
            verdict: 'not-yet-due',
        };
        try {
            rows.push({ ...row, ...(await remindOne(pull)) });
        }
        catch (error) {
            const apiError = (0,permission_remedy/* withPermissionRemedy */.o)(error, `remind the reviewers of #${pull.number}`, writePermissions);
            firstError ??= apiError;
            rows.push({ ...row, verdict: 'error', error: (0,errors/* getErrorMessage */.u1)(apiError) });
            log.warning(`#${pull.number}: ${(0,errors/* getErrorMessage */.u1)(apiError)}`);
        }
    }
    return { rows, ...(firstError ? { firstError } : {}) };
}

// EXTERNAL MODULE: ./src/deliver/markdown.ts
var markdown = __webpack_require__(71824);
// EXTERNAL MODULE: ./src/report/markdown-table.ts
var markdown_table = __webpack_require__(99132);
;// CONCATENATED MODULE: ./src/remind/remind-report.ts


/**
 * The outcome and job summary of `mode: remind`. DESIGN's outcomes: `comment` when at least one
 * reminder was posted (a comment is what this run wrote), `skipped` when none was due, `error` when
 * GitHub refused something. No heal reason applies, so `reason` stays empty except `github-error`.
 */
const verdictWords = {
    'reminded-24h': 'reminded (24 h)',
    'reminded-48h': 'reminded (48 h)',
    'not-yet-due': 'not yet due',
    reviewed: 'reviewed',
    'already-reminded': 'already reminded',
    error: 'failed',
};
const utcMinute = (iso) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
function reviewersCell(row) {
    const names = [...row.reviewers.map((login) => `@${login}`), ...row.teams.map((slug) => `team ${slug}`)];
    return names.length > 0 ? names.join(', ') : 'none requested';
}
function resultCell(row) {
    if (row.verdict === 'error')
        return `error: ${row.error ?? ''}`;
    return row.commentUrl ? `[${verdictWords[row.verdict]}](${row.commentUrl})` : verdictWords[row.verdict];
}
function tally(rows) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
    return [...counts].map(([verdict, count]) => `${count} ${verdictWords[verdict]}`).join(', ');
}
function remindReport({ rows, firstError }) {
    const posted = rows.filter((row) => row.commentUrl).length;
    const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
    const considered = `${plural(rows.length, 'open draft auto-fix pull request')} considered`;
    const message = rows.length === 0
        ? 'No open draft auto-fix pull request: no reminder due.'
        : `${posted > 0 ? `Posted ${plural(posted, 'review reminder')}` : firstError ? 'No reminder posted' : 'No reminder due'}; ${considered} (${tally(rows)}).`;
    const table = rows.length === 0
        ? ''
        : (0,markdown_table/* markdownTable */.Q)(['Pull request', 'Branch', 'Opened', 'Waiting', 'Requested reviewers', 'Result'], rows.map((row) => [`[#${row.number}](${row.url})`, (0,markdown/* inlineCode */.ti)(row.headBranch), utcMinute(row.openedAt), `${Math.floor(row.ageHours)} h`, reviewersCell(row), resultCell(row)]));
    const outcome = firstError ? 'error' : posted > 0 ? 'comment' : 'skipped';
    const failure = firstError ? { message: firstError.message, remedy: firstError.remedy } : undefined;
    const summary = [
        '## Autoheal: review reminders',
        '',
        `**${outcome}**: ${message}`,
        '',
        'Draft auto-fix pull requests without a review get a reminder after 24 hours and another after 48 hours, each once.',
        ...(table ? ['', table] : []),
        ...(failure ? ['', `**GitHub refused a request:** ${failure.message}`, '', failure.remedy] : []),
        '',
    ].join('\n');
    return { outcome, reason: firstError ? 'github-error' : '', message, summary, ...(failure ? { failure } : {}) };
}

;// CONCATENATED MODULE: ./src/remind/run-remind.ts






/** `mode: remind` from main.ts: only the GitHub token is needed, no model provider. */
async function runRemind({ githubToken, apiUrl, repository, now, log }) {
    const octokit = (0,github_octokit/* createOctokit */.Q)({ token: githubToken, baseUrl: apiUrl });
    const result = await remindReviewers({
        repo: (0,repo_api/* createRepoApi */.v)({ octokit, repository }),
        reviews: createReviewApi({ octokit, repository }),
        owner: (0,split_repository/* splitRepository */.T)(repository)[0],
        now,
        log,
    });
    return remindReport(result);
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


/***/ })

};
