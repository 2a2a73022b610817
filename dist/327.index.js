export const id = 327;
export const ids = [327];
export const modules = {

/***/ 99327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analysisSummaryRows: () => (/* binding */ analysisSummaryRows)
/* harmony export */ });
/** Rows of the job summary for an analysis: what a maintainer reads in five seconds. */
function analysisSummaryRows(context) {
    const rows = [
        ['Fix type', context.secondary_types.length > 0 ? `${context.fix_type} (also: ${context.secondary_types.join(', ')})` : context.fix_type],
        ['Confidence', context.confidence],
        ['Can auto-fix', context.can_auto_fix ? 'yes' : 'no'],
        ['Why', context.reason],
        ['Affected files', context.affected_files.map((file) => `\`${file}\``).join(', ') || '–'],
        ['Failures', String(context.failures.length)],
        ['Jobs', context.jobs.map((job) => (job.url ? `[${job.name}](${job.url})` : job.name)).join(', ') || '–'],
        ['Fingerprint', `\`${context.fingerprint}\``],
    ];
    if (context.suggestions.length > 0)
        rows.push(['Suggestions', context.suggestions.join('<br>')]);
    if (context.diagnostics.length > 0)
        rows.push(['Could not read', context.diagnostics.join('<br>')]);
    return rows;
}


/***/ })

};
