#!/usr/bin/env bash
# Lints the Markdown and plain-text files a branch changed since BASE_REF, with textlint's
# GitHub formatter, so that each report becomes an annotation on the pull request.
#
#   lint-changed.sh BASE_REF
#
# BASE_REF is the commit or branch the pull request goes into; the files compared are those the
# branch changed since it left BASE_REF (git diff BASE_REF...HEAD), added, copied, modified or
# renamed, not deleted. It runs textlint at the top of the repository, where .textlintrc.json is.
#
# Exit status: 0 when no file changed or textlint reports no error (warnings do not count),
# 1 when textlint reports an error, 2 on a usage or git error (or textlint's own fatal errors).
#
# TEXTLINT names the textlint command to run; by default the project's own, through npx.
set -euo pipefail

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 BASE_REF" >&2
  exit 2
fi
base=$1
cd "$(git rev-parse --show-toplevel)"

if [ -n "${TEXTLINT:-}" ]; then
  textlint=("$TEXTLINT")
else
  textlint=(npx --no -- textlint)
fi

# Three-dot diff needs the merge base of BASE_REF and HEAD: in a shallow clone there is none.
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null || ! git merge-base "$base" HEAD >/dev/null; then
  echo "$0: no common history with $base (is it fetched? actions/checkout needs fetch-depth: 0)" >&2
  exit 2
fi

# NUL-separated names, so that spaces and other odd characters in file names come through intact.
files=()
while IFS= read -r -d '' file; do
  files+=("$file")
done < <(git diff -z --name-only --diff-filter=ACMR "$base...HEAD" -- '*.md' '*.markdown' '*.txt' '*.text')

if [ "${#files[@]}" -eq 0 ]; then
  echo "No Markdown or text file changed since $base."
  exit 0
fi

echo "Linting ${#files[@]} changed file(s) since $base." >&2
status=0
"${textlint[@]}" --format github "${files[@]}" || status=$?
exit "$status"
