const TEXT_EXTENSIONS =
  /\.(txt|md|markdown|csv|tsv|json|jsonl|ya?ml|toml|ini|cfg|conf|env|properties|xml|html?|css|js|mjs|cjs|ts|tsx|jsx|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|php|sh|bash|zsh|ps1|sql|log|pem|key|crt|pub|tf|tfvars|gradle|swift|scala|r|pl|lua|dockerfile|gitignore|npmrc|pgpass|netrc)$/i;

/** Files promptgate can read as text and scan; anything else is left to the site. */
export function isTextLike(file: File): boolean {
  if (file.type.startsWith('text/') || /json|xml|yaml|x-sh|javascript|x-pem|typescript/.test(file.type)) return true;
  return TEXT_EXTENSIONS.test(file.name) || /^\.?[\w-]*(env|rc)$/i.test(file.name);
}

/** Files larger than this are not read into the page for scanning; they are refused if policy needs a look. */
export const MAX_SCANNED_FILE_BYTES = 2 * 1024 * 1024;
