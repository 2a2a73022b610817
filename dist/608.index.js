export const id = 608;
export const ids = [608];
export const modules = {

/***/ 59608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadAuditTrail: () => (/* binding */ uploadAuditTrail)
});

// UNUSED EXPORTS: auditArtifactName, writeAuditFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/fix/redact-secrets.ts
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

;// CONCATENATED MODULE: ./src/report/upload-audit-trail.ts




function auditArtifactName(runId) {
    return `fix-context-${runId}`;
}
async function writeAuditFiles(directory, trail) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    const files = [['failure_context.json', `${JSON.stringify(trail.context, null, 2)}\n`]];
    if (trail.prompt !== undefined)
        files.push(['prompt.md', trail.prompt]);
    if (trail.answers !== undefined)
        files.push(['answers.json', `${JSON.stringify(trail.answers.map(redactSecrets), null, 2)}\n`]);
    if (trail.patch !== undefined)
        files.push(['fix.patch', trail.patch]);
    const written = [];
    for (const [name, content] of files) {
        const path = (0,external_node_path_.join)(directory, name);
        await (0,promises_.writeFile)(path, content);
        written.push(path);
    }
    return written;
}
async function uploadAuditTrail(directory, trail, environment) {
    const name = auditArtifactName(trail.runId);
    const files = await writeAuditFiles(directory, trail);
    if (!environment.hasRuntimeToken)
        return { uploaded: false, name, directory, why: 'not inside a GitHub Actions job' };
    if (environment.isEnterpriseServer)
        return { uploaded: false, name, directory, why: '@actions/artifact cannot upload on GitHub Enterprise Server' };
    try {
        // Loaded only here: the artifact client (and Azure's storage SDK behind it) weighs on every start otherwise.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(351), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 18550));
        await new DefaultArtifactClient().uploadArtifact(name, files, directory, { retentionDays: 30 });
        return { uploaded: true, name, directory };
    }
    catch (error) {
        return { uploaded: false, name, directory, why: `the upload failed: ${(0,errors/* getErrorMessage */.u1)(error)}` };
    }
}


/***/ })

};
