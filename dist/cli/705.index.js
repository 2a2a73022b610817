export const id = 705;
export const ids = [705];
export const modules = {

/***/ 9705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadJobLogs: () => (/* binding */ loadJobLogs),
  loadReports: () => (/* binding */ loadReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/analyze/normalize-log-line.ts
var normalize_log_line = __webpack_require__(4279);
// EXTERNAL MODULE: ./src/analyze/parse-log/parse-step-output.ts + 3 modules
var parse_step_output = __webpack_require__(551);
// EXTERNAL MODULE: ./src/analyze/scan-job-log.ts
var scan_job_log = __webpack_require__(6622);
;// CONCATENATED MODULE: ./src/analyze/read-job-log.ts


const blockBytes = 4 * 1024 * 1024;
/**
 * Streams a job log file through the scanner in line-aligned blocks: memory stays flat for a
 * 2 GB log. Two buffers take turns, so the next block is read while this one is scanned. A line
 * longer than a block is cut at the block's end.
 */
async function readJobLog(path, job, limits = scan_job_log/* defaultScanLimits */.$C) {
    const scanner = new scan_job_log/* JobLogScanner */.gP(job, limits);
    const file = await (0,promises_.open)(path, 'r');
    try {
        let current = Buffer.allocUnsafe(blockBytes);
        let spare = Buffer.allocUnsafe(blockBytes);
        let carried = 0;
        let reading = file.read(current, 0, blockBytes, null);
        for (;;) {
            const { bytesRead } = await reading;
            const filled = carried + bytesRead;
            if (bytesRead === 0) {
                if (filled > 0)
                    scanner.scan(current, filled);
                break;
            }
            const lastNewline = current.lastIndexOf(0x0a, filled - 1);
            const cut = lastNewline === -1 ? filled : lastNewline + 1;
            // The partial last line opens the next block, which is read while this one is scanned.
            carried = filled - cut;
            current.copy(spare, 0, cut, filled);
            reading = file.read(spare, carried, blockBytes - carried, null);
            scanner.scan(current, cut);
            [current, spare] = [spare, current];
        }
    }
    finally {
        await file.close();
    }
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/analyze/load-run-files.ts






/**
 * The I/O edge of the analysis: job logs and report artifacts from folders on disk (what
 * `collect` downloaded, or what a person got with `gh run download`). What cannot be read
 * becomes a diagnostic sentence; the analysis goes on with the rest.
 */
const maxFiles = 2_000;
const maxReportBytes = 64 * 1024 * 1024;
const logExtensions = /\.(?:txt|log)$/i;
async function listFiles(root) {
    const found = [];
    const walk = async (directory) => {
        const entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (found.length >= maxFiles)
                return;
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                found.push(path);
        }
    };
    await walk(root);
    return found;
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false; // missing: git keeps no empty folders, so "no logs" is normal
    }
}
const jobNameOf = (root, file) => (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/').replace(logExtensions, '');
async function loadJobLogs(logsDir) {
    if (!logsDir || !(await isDirectory(logsDir)))
        return { logs: [], diagnostics: [] };
    const logs = [];
    const diagnostics = [];
    for (const file of await listFiles(logsDir)) {
        if (!logExtensions.test(file))
            continue;
        try {
            logs.push(await readJobLog(file, jobNameOf(logsDir, file)));
        }
        catch (error) {
            diagnostics.push(`Could not read the log ${(0,external_node_path_.relative)(logsDir, file)}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    return { logs, diagnostics };
}
/** A `tee` copy of a tool's console output among the artifacts: the log parsers read it, without step framing. */
function failuresOfConsoleCopy(content) {
    const lines = content.split('\n').map(normalize_log_line/* normalizeLogLine */.Y);
    return (0,parse_step_output/* parseToolOutput */.v)(lines);
}
async function loadReports(artifactsDir) {
    if (!artifactsDir || !(await isDirectory(artifactsDir)))
        return { reports: [], diagnostics: [] };
    const reports = [];
    const diagnostics = [];
    // The XML and JSON report parsers load only when there are artifacts to read.
    const { parseReport } = await Promise.all(/* import() */[__webpack_require__.e(491), __webpack_require__.e(879), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 7730));
    for (const file of await listFiles(artifactsDir)) {
        const fileName = (0,external_node_path_.relative)(artifactsDir, file).split(external_node_path_.sep).join('/');
        try {
            const { size } = await (0,promises_.stat)(file);
            if (size > maxReportBytes) {
                diagnostics.push(`Skipped the artifact file ${fileName}: ${Math.round(size / 1024 / 1024)} MB is more than a report can be.`);
                continue;
            }
            const content = await (0,promises_.readFile)(file, 'utf8');
            const parsed = parseReport(fileName, content);
            diagnostics.push(...parsed.diagnostics);
            if (parsed.format !== undefined) {
                reports.push({ fileName, failures: parsed.failures });
            }
            else if (logExtensions.test(file)) {
                const failures = failuresOfConsoleCopy(content);
                if (failures.length > 0)
                    reports.push({ fileName, failures });
            }
        }
        catch (error) {
            diagnostics.push(`Could not read the artifact file ${fileName}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    return { reports, diagnostics };
}


/***/ })

};
