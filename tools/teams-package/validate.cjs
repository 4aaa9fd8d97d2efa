// Validates Teams app manifest and localization files against Microsoft's official JSON schemas
// (shipped by the npm package @microsoft/app-manifest, build/json-schemas/teams/v<version>/).
// Usage: node tools/teams-package/validate.cjs <manifest.json> [<localization.json> ...]
// The schema version is the manifest's own manifestVersion. Exit code 0 = all valid; 1 = errors (printed).
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemaRoot = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function validator(version, schemaFile) {
  const file = path.join(schemaRoot, `v${version}`, schemaFile);
  if (!fs.existsSync(file)) throw new Error(`no schema ${file} (manifestVersion ${version} is not shipped by @microsoft/app-manifest)`);
  // strict: false — Microsoft's schemas use keywords ajv does not know; unicodeRegExp: false — their patterns
  // (e.g. the localization keys' "\\[\\b...\\b]") are valid only as non-unicode regular expressions, as in .NET and browsers.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(readJson(file));
}

function report(file, validate) {
  if (validate(readJson(file))) {
    console.log(`valid: ${file}`);
    return true;
  }
  for (const e of validate.errors) console.error(`${file}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  return false;
}

const [manifestFile, ...localizationFiles] = process.argv.slice(2);
if (!manifestFile) {
  console.error('usage: validate.cjs <manifest.json> [<localization.json> ...]');
  process.exit(2);
}
const version = readJson(manifestFile).manifestVersion;
let ok = report(manifestFile, validator(version, 'MicrosoftTeams.schema.json'));
if (localizationFiles.length > 0) {
  const validateLocalization = validator(version, 'MicrosoftTeams.Localization.schema.json');
  for (const f of localizationFiles) ok = report(f, validateLocalization) && ok;
}
process.exit(ok ? 0 : 1);
