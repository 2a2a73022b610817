export const id = 274;
export const ids = [274];
export const modules = {

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


/***/ }),

/***/ 21274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadAuditTrail: () => (/* binding */ uploadAuditTrail)
/* harmony export */ });
/* unused harmony exports auditArtifactName, writeAuditFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fix_redact_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17658);
/* harmony import */ var _upload_artifact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44852);




function auditArtifactName(runId) {
    return `fix-context-${runId}`;
}
async function writeAuditFiles(directory, trail) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(directory, { recursive: true });
    const files = [['failure_context.json', `${JSON.stringify(trail.context, null, 2)}\n`]];
    if (trail.prompt !== undefined)
        files.push(['prompt.md', trail.prompt]);
    if (trail.answers !== undefined)
        files.push(['answers.json', `${JSON.stringify(trail.answers.map(_fix_redact_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f), null, 2)}\n`]);
    if (trail.patch !== undefined)
        files.push(['fix.patch', trail.patch]);
    const written = [];
    for (const [name, content] of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content);
        written.push(path);
    }
    return written;
}
async function uploadAuditTrail(directory, trail, environment) {
    const files = await writeAuditFiles(directory, trail);
    return (0,_upload_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadArtifact */ .m)(auditArtifactName(trail.runId), files, directory, environment);
}


/***/ })

};
