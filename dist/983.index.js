export const id = 983;
export const ids = [983];
export const modules = {

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


/***/ }),

/***/ 92093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fixBranchName),
/* harmony export */   k: () => (/* binding */ fixBranchPrefix)
/* harmony export */ });
/**
 * The fix branch: `fix/auto-YYYYMMDD-HHMMSS` in UTC (DESIGN, "Branch names"), then `-2`, `-3`, …
 * while the name is taken. Pure: the caller passes the clock and what the remote already holds.
 */
const fixBranchPrefix = 'fix/auto-';
// Two heals in one second are rare; a run of hundreds is a bug in `taken`, not a busy repository.
const maxSuffix = 1000;
function twoDigits(value) {
    return String(value).padStart(2, '0');
}
function fixBranchName(now, taken) {
    if (Number.isNaN(now.getTime()))
        throw new RangeError('fixBranchName needs a valid date');
    const date = `${now.getUTCFullYear()}${twoDigits(now.getUTCMonth() + 1)}${twoDigits(now.getUTCDate())}`;
    const time = `${twoDigits(now.getUTCHours())}${twoDigits(now.getUTCMinutes())}${twoDigits(now.getUTCSeconds())}`;
    const base = `${fixBranchPrefix}${date}-${time}`;
    if (!taken(base))
        return base;
    for (let suffix = 2; suffix <= maxSuffix; suffix += 1) {
        const name = `${base}-${suffix}`;
        if (!taken(name))
            return name;
    }
    throw new RangeError(`every name from ${base} to ${base}-${maxSuffix} is taken`);
}


/***/ }),

/***/ 26244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ createCommitOnNewBranch),
/* harmony export */   lB: () => (/* binding */ toRepoWriteError),
/* harmony export */   vz: () => (/* binding */ BranchExistsError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45578);


/** 422 on creating the ref: the branch already exists; the caller picks the next name (`-2`, `-3`, …). */
class BranchExistsError extends _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS {
    name = 'BranchExistsError';
}
/**
 * The Git Data API path to a branch, for when pushing with git is not possible: blobs, a tree on
 * top of the base commit's tree, a commit, then a ref. Creating the ref is the only step that is
 * visible; it fails when the branch exists, so an existing branch is never moved.
 */
async function createCommitOnNewBranch(octokit, owner, repo, change) {
    const step = async (action, send) => {
        try {
            return (await send()).data;
        }
        catch (error) {
            throw toRepoWriteError(error, action);
        }
    };
    const base = await step(`read commit ${change.baseSha}`, () => octokit.rest.git.getCommit({ owner, repo, commit_sha: change.baseSha }));
    const tree = [];
    for (const file of change.files) {
        const blob = await step(`store ${file.path}`, () => octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(file.content).toString('base64'), encoding: 'base64' }));
        tree.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.sha });
    }
    const newTree = await step('create the tree of the fix commit', () => octokit.rest.git.createTree({ owner, repo, base_tree: base.tree.sha, tree }));
    const commit = await step('create the fix commit', () => octokit.rest.git.createCommit({
        owner,
        repo,
        message: change.message,
        tree: newTree.sha,
        parents: [change.baseSha],
        author: { name: change.author.name, email: change.author.email },
    }));
    try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${change.branch}`, sha: commit.sha });
    }
    catch (error) {
        if (error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G && error.status === 422) {
            throw new BranchExistsError(`Could not create branch ${change.branch}: it already exists`, 'Autoheal never moves an existing branch: it picks the next free name.', 422, { cause: error });
        }
        throw toRepoWriteError(error, `create branch ${change.branch}`);
    }
    return { commitSha: commit.sha };
}
/** A write refused with 403 needs write permissions, not the `actions: read` the run endpoints ask for. */
function toRepoWriteError(error, action) {
    const wrapped = (0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubApiError */ .Vu)(error, action);
    if (wrapped.status !== 403 || wrapped.remedy.includes('rate limit'))
        return wrapped;
    return new _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(wrapped.message, 'The token may not write here: give the workflow `permissions: { contents: write, pull-requests: write, issues: write }` (or use a `push-token` that has them).', 403, { cause: error });
}


/***/ }),

/***/ 45578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ toInterruptedDownloadError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Vu: () => (/* binding */ toGitHubApiError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/**
 * A GitHub call that failed. `status` is the HTTP status, or undefined when the connection broke
 * off while a body was streaming; callers decide on it, never on the message text.
 */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AutohealError */ .MM {
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
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G))
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
    return new GitHubApiError(`Could not ${action}: the download broke off (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)})`, 'This is usually a passing network problem: run the workflow again.', undefined, { cause: error });
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


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony export defaultGitHubApiUrl */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);

const defaultGitHubApiUrl = 'https://api.github.com';
/**
 * The only place an Octokit is made, so every call shares one base URL, one user agent and the
 * proxy support of `@actions/github` (its fetch honours `https_proxy` and `no_proxy`).
 */
function createOctokit({ token, baseUrl }) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // A trailing slash would make Octokit ask for `//repos/…`, which GitHub answers 404.
        baseUrl: baseUrl.replace(/\/+$/, ''),
        userAgent: 'autoheal',
    });
}


/***/ }),

/***/ 71134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ DraftsUnavailableError),
/* harmony export */   A0: () => (/* binding */ toCreatePullRequestError),
/* harmony export */   n8: () => (/* binding */ PullRequestsNotAllowedError)
/* harmony export */ });
/* unused harmony exports pullRequestsNotAllowedRemedy, draftsUnavailableRemedy */
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45578);


/** 403: the repository (or its organization) does not let GITHUB_TOKEN open pull requests. */
class PullRequestsNotAllowedError extends _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS {
    name = 'PullRequestsNotAllowedError';
}
/** 422: drafts are not offered here (a private repository on GitHub Free or Pro). */
class DraftsUnavailableError extends _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS {
    name = 'DraftsUnavailableError';
}
const pullRequestsNotAllowedRemedy = 'Turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" ' +
    '(for an organization, first in the organization\'s Actions settings), or give Autoheal a `push-token` that may open pull requests.';
const draftsUnavailableRemedy = 'Draft pull requests need a public repository or a paid plan (GitHub Team or Enterprise) for a private one: ' +
    'make the repository public or upgrade its plan.';
// GitHub's own words; only used to tell one 422 (or 403) from another after the status decided.
const draftsUnavailableText = 'draft pull requests are not supported';
const actionsMayNotCreateText = 'not permitted to create or approve pull requests';
/** Turns a failed "create pull request" into our type: status first, the message only to tell causes apart. */
function toCreatePullRequestError(error, action) {
    const wrapped = (0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubApiError */ .Vu)(error, action);
    const text = error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G ? error.message.toLowerCase() : '';
    if (wrapped.status === 403 && text.includes(actionsMayNotCreateText)) {
        return new PullRequestsNotAllowedError(`Could not ${action}: GitHub Actions is not permitted to create pull requests in this repository`, pullRequestsNotAllowedRemedy, 403, { cause: error });
    }
    if (wrapped.status === 422 && text.includes(draftsUnavailableText)) {
        return new DraftsUnavailableError(`Could not ${action}: draft pull requests are not supported in this repository`, draftsUnavailableRemedy, 422, { cause: error });
    }
    if (wrapped.status === 403) {
        return new _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(wrapped.message, 'The token may not open pull requests: give the workflow `permissions: { pull-requests: write, contents: write }`.', 403, { cause: error });
    }
    return wrapped;
}


/***/ }),

/***/ 83282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ createRepoApi)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31015);
/* harmony import */ var _git_data_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26244);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45578);
/* harmony import */ var _pull_request_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71134);
/* harmony import */ var _split_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84932);







// Labels Autoheal creates get one colour: GitHub's default grey would hide them among a repository's own.
const newLabelColour = '0e8a16';
function createRepoApi(settings) {
    const { octokit } = settings;
    const [owner, repo] = (0,_split_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .splitRepository */ .T)(settings.repository);
    const perPage = settings.perPage ?? 100;
    /** Sends one request; any failure becomes a GitHubApiError naming `action`. */
    const call = async (action, send) => {
        try {
            return await send();
        }
        catch (error) {
            throw (0,_git_data_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoWriteError */ .lB)(error, action);
        }
    };
    /** 404 → undefined; everything else as `call`. */
    const callOrMissing = async (action, send) => {
        try {
            return await send();
        }
        catch (error) {
            if (error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__/* .RequestError */ .G && error.status === 404)
                return undefined;
            throw (0,_git_data_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoWriteError */ .lB)(error, action);
        }
    };
    const ensureLabels = async (labels) => {
        for (const name of labels) {
            const existing = await callOrMissing(`read label ${name}`, () => octokit.rest.issues.getLabel({ owner, repo, name }));
            if (existing)
                continue;
            try {
                await octokit.rest.issues.createLabel({ owner, repo, name, color: newLabelColour });
            }
            catch (error) {
                // Another run created it between our look and our create: that is what we wanted.
                if (error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__/* .RequestError */ .G && error.status === 422 && isAlreadyExists(error))
                    continue;
                throw (0,_git_data_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoWriteError */ .lB)(error, `create label ${name}`);
            }
        }
    };
    return {
        async getRepository() {
            const { data } = await call('read the repository', () => octokit.rest.repos.get({ owner, repo }));
            return { defaultBranch: data.default_branch, isPrivate: data.private, fullName: data.full_name };
        },
        async readFile(path, ref) {
            const answer = await callOrMissing(`read ${path} at ${ref}`, () => octokit.rest.repos.getContent({ owner, repo, path, ref }));
            const data = answer?.data;
            // A folder answers a list; a symlink or submodule has no content to read as text.
            if (data === undefined || Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return undefined;
            return Buffer.from(data.content, 'base64').toString('utf8');
        },
        async getBranch(name) {
            const answer = await callOrMissing(`read branch ${name}`, () => octokit.rest.repos.getBranch({ owner, repo, branch: name }));
            if (!answer)
                return undefined;
            return { name: answer.data.name, headSha: answer.data.commit.sha, isProtected: answer.data.protected };
        },
        async getCommit(sha) {
            const { data } = await call(`read commit ${sha}`, () => octokit.rest.repos.getCommit({ owner, repo, ref: sha }));
            const login = data.author && 'login' in data.author ? data.author.login : undefined;
            const type = data.author && 'type' in data.author ? data.author.type : undefined;
            return {
                sha: data.sha,
                message: data.commit.message,
                authorName: data.commit.author?.name ?? '',
                authorEmail: data.commit.author?.email ?? '',
                ...(login ? { authorLogin: login } : {}),
                authorIsBot: type === 'Bot' || (login?.endsWith('[bot]') ?? false),
            };
        },
        async getWorkflowRun(runId) {
            const answer = await callOrMissing(`read run ${runId}`, () => octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId }));
            return answer ? { workflowId: answer.data.workflow_id, createdAt: answer.data.created_at } : undefined;
        },
        async searchIssuesAndPulls(query) {
            const items = await call(`search issues and pull requests for ${query}`, () => octokit.paginate(octokit.rest.search.issuesAndPullRequests, { q: query, per_page: perPage }));
            return items.map((item) => ({
                number: item.number,
                isPullRequest: item.pull_request !== undefined,
                state: item.state === 'closed' ? 'closed' : 'open',
                title: item.title,
                body: item.body ?? '',
                labels: item.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
                url: item.html_url,
                createdAt: item.created_at,
                ...(item.closed_at ? { closedAt: item.closed_at } : {}),
                ...(item.pull_request?.merged_at ? { mergedAt: item.pull_request.merged_at } : {}),
                commentCount: item.comments,
            }));
        },
        async listOpenPullRequests(filter = {}) {
            const pulls = await call('list open pull requests', () => octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: perPage, ...filter }));
            return pulls.map((pull) => ({
                number: pull.number,
                url: pull.html_url,
                headBranch: pull.head.ref,
                baseBranch: pull.base.ref,
                body: pull.body ?? '',
                labels: pull.labels.map((label) => label.name),
                draft: pull.draft ?? false,
                createdAt: pull.created_at,
                requestedReviewers: (pull.requested_reviewers ?? []).map((user) => user.login),
                requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug),
            }));
        },
        async createIssue({ title, body, labels }) {
            await ensureLabels(labels);
            const { data } = await call('open an issue', () => octokit.rest.issues.create({ owner, repo, title, body, labels: [...labels] }));
            return { number: data.number, url: data.html_url };
        },
        async updateIssueBody(number, body) {
            await call(`update the body of #${number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: number, body }));
        },
        async addComment(number, body) {
            const { data } = await call(`comment on #${number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body }));
            return { id: data.id, url: data.html_url };
        },
        async listComments(number) {
            const comments = await call(`list the comments of #${number}`, () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: perPage }));
            return comments.map((comment) => ({
                id: comment.id,
                body: comment.body ?? '',
                createdAt: comment.created_at,
                author: comment.user?.login ?? '',
            }));
        },
        async closeIssueOrPull(number) {
            await call(`close #${number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed' }));
        },
        async addLabels(number, labels) {
            if (labels.length === 0)
                return;
            await ensureLabels(labels);
            await call(`label #${number}`, () => octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] }));
        },
        async requestReviewers(number, logins) {
            if (logins.length === 0)
                return;
            await call(`request reviews on #${number}`, () => octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: [...logins] }));
        },
        async createDraftPullRequest({ head, base, title, body }) {
            try {
                const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: true });
                return { number: data.number, url: data.html_url };
            }
            catch (error) {
                throw (0,_pull_request_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toCreatePullRequestError */ .A0)(error, `open a draft pull request from ${head} into ${base}`);
            }
        },
        async deleteBranch(name) {
            try {
                await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${name}` });
            }
            catch (error) {
                // Gone already (404, or GitHub's 422 "Reference does not exist"): the end state we wanted.
                if (error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__/* .RequestError */ .G && (error.status === 404 || error.status === 422))
                    return;
                throw (0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .Vu)(error, `delete branch ${name}`);
            }
        },
        createCommitOnNewBranch(change) {
            return (0,_git_data_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .createCommitOnNewBranch */ .Rm)(octokit, owner, repo, change);
        },
    };
}
function isAlreadyExists(error) {
    const data = error.response?.data;
    return data?.errors?.some((entry) => entry.code === 'already_exists') ?? false;
}


/***/ }),

/***/ 84932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ splitRepository)
/* harmony export */ });
/** `owner/name` → [owner, name]; anything else is a bug of the caller. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`Expected a repository as owner/name, got "${repository}"`);
    return [owner, repo];
}


/***/ }),

/***/ 81363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ renderMarker),
/* harmony export */   mC: () => (/* binding */ readMarkers),
/* harmony export */   mG: () => (/* binding */ ledgerSearchQuery)
/* harmony export */ });
/* unused harmony export createdThisMonthQualifier */
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82420);
/**
 * The hidden ledger marker: `<!-- autoheal: {…} -->` in the body of every PR, ticket, alert or comment
 * Autoheal makes. Bodies are untrusted text (anyone can open an issue holding a marker), so reading
 * validates each marker and drops what does not parse; ledger.ts's schema keeps the numbers
 * non-negative, so a forged marker can only lower the budget left, never raise it.
 */

const markerPrefix = '<!-- autoheal: ';
const markerSuffix = ' -->';
/**
 * A marker ends at the first `-->` (as the HTML comment does), so a forged one cannot smuggle a
 * longer payload past it. The length cap keeps a hostile body from costing much to scan.
 */
const markerPattern = /<!--\s*autoheal:([^]{0,4000}?)-->/g;
/**
 * JSON, with `<` and `>` as `\u003c` and `\u003e`: an HTML comment closes at `-->` and at `--!>`,
 * and a summary or branch name may hold either; escaped, no string value can end the comment early.
 * JSON.parse reads the escapes back unchanged.
 */
function toCommentSafeJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
/** The marker for `entry`, keys in the documented order. */
function renderMarker(entry) {
    const ordered = {
        v: 1,
        kind: entry.kind,
        failing_run_id: entry.failing_run_id,
        head_branch: entry.head_branch,
        fingerprint: entry.fingerprint,
        fix_type: entry.fix_type,
        provider: entry.provider,
        model: entry.model,
        input_tokens: entry.input_tokens,
        output_tokens: entry.output_tokens,
        cost_usd: entry.cost_usd,
        created_at: entry.created_at,
    };
    return `${markerPrefix}${toCommentSafeJson(ordered)}${markerSuffix}`;
}
/** Every valid marker in `body`, in order; malformed, forged or unknown-version markers are skipped. */
function readMarkers(body) {
    if (!body)
        return [];
    const entries = [];
    for (const match of body.matchAll(markerPattern)) {
        const entry = parseMarkerJson((match[1] ?? '').trim());
        if (entry)
            entries.push(entry);
    }
    return entries;
}
function parseMarkerJson(json) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        // Not JSON: someone else's text that looks like a marker. Ignored by design, never an error.
        return undefined;
    }
    const result = _ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .LedgerEntry */ .WG.safeParse(data);
    return result.success ? result.data : undefined;
}
const repositoryPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * The `q` of a `/search/issues` request that finds Autoheal's PRs and issues by their marker, not by
 * label or author (labels are configurable, and a push token makes a person the author).
 * `extra` narrows it: `is:open`, `is:pr`, `created:>=2026-11-01`…
 */
function ledgerSearchQuery(repository, extra = []) {
    if (!repositoryPattern.test(repository)) {
        throw new Error(`Invalid repository '${repository}': expected owner/name.`);
    }
    const qualifiers = typeof extra === 'string' ? [extra] : extra;
    return ['"autoheal:"', 'in:body', `repo:${repository}`, ...qualifiers.map((qualifier) => qualifier.trim()).filter(Boolean)].join(' ');
}
/** `created:>=YYYY-MM-01`: the qualifier that finds every entry the month's budget counts. */
function createdThisMonthQualifier(now) {
    return `created:>=${now.toISOString().slice(0, 7)}-01`;
}


/***/ }),

/***/ 82420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ spendOf),
/* harmony export */   R6: () => (/* binding */ utcMonth),
/* harmony export */   Sb: () => (/* binding */ uniqueEntries),
/* harmony export */   WG: () => (/* binding */ LedgerEntry)
/* harmony export */ });
/* unused harmony exports ledgerKinds, utcDay, calledModel */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27597);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _config_models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12350);
/**
 * The ledger without a database: every PR, ticket, alert or comment Autoheal makes carries a hidden
 * marker (ledger-marker.ts), and what was spent is the sum of the markers the caller found. Pure:
 * the caller searches GitHub, parses the bodies and passes `now`.
 */


const ledgerKinds = ['pr', 'ticket', 'alert', 'comment'];
const tokens = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nonnegative();
/**
 * One marker's data. Counts and dollars are non-negative: a marker anyone can type into an issue may
 * only ever add to what was spent, never take from it (a forged `cost_usd: -1000` fails here).
 * Unknown keys are dropped rather than refused, so a newer Autoheal's extra fields still count.
 */
const LedgerEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(ledgerKinds),
    failing_run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    head_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    fix_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    input_tokens: tokens,
    output_tokens: tokens,
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
});
/** `YYYY-MM-DD` of an instant, in UTC; offsets such as `+02:00` are normalized first. */
function utcDay(instant) {
    return new Date(instant).toISOString().slice(0, 10);
}
/** `YYYY-MM` of an instant, in UTC. */
function utcMonth(instant) {
    return new Date(instant).toISOString().slice(0, 7);
}
/** A model was called: the spec's "fix" for `max_fixes_per_day` and `max_fixes_per_pr`. */
function calledModel(entry) {
    return entry.input_tokens > 0;
}
const isProvider = (name) => _config_models_js__WEBPACK_IMPORTED_MODULE_0__/* .providers */ .r5.includes(name);
/**
 * One entry per distinct marker: the same marker seen twice (a body returned by two searches, a
 * marker quoted in a comment) is one spend, not two.
 */
function uniqueEntries(entries) {
    const seen = new Set();
    return entries.filter((entry) => {
        const key = JSON.stringify([entry.kind, entry.failing_run_id, entry.head_branch, entry.fingerprint, entry.provider, entry.model, entry.input_tokens, entry.output_tokens, entry.cost_usd, entry.created_at]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function spendOf(entries, now) {
    const day = utcDay(now);
    const month = utcMonth(now);
    const spend = {
        day,
        month,
        fixesToday: 0,
        fixesByBranch: new Map(),
        costThisMonthByProvider: Object.fromEntries(_config_models_js__WEBPACK_IMPORTED_MODULE_0__/* .providers */ .r5.map((provider) => [provider, 0])),
        costThisMonthUsd: 0,
    };
    for (const entry of uniqueEntries(entries)) {
        if (calledModel(entry)) {
            if (utcDay(entry.created_at) === day)
                spend.fixesToday += 1;
            spend.fixesByBranch.set(entry.head_branch, (spend.fixesByBranch.get(entry.head_branch) ?? 0) + 1);
        }
        if (utcMonth(entry.created_at) === month && entry.cost_usd > 0) {
            spend.costThisMonthUsd += entry.cost_usd;
            if (isProvider(entry.provider))
                spend.costThisMonthByProvider[entry.provider] += entry.cost_usd;
        }
    }
    return spend;
}


/***/ })

};
