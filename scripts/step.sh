# `step <title>`: prints a stage's heading and how long the stage before it took, so a run
# of `npm test` or `npm run serve` shows where its time goes. Sourced, not run.
step() {
  if [ -n "${BEACON_STEP_TITLE:-}" ]; then
    printf '    (%s: %d s)\n' "$BEACON_STEP_TITLE" $((SECONDS - BEACON_STEP_START))
  fi
  BEACON_STEP_TITLE=$* BEACON_STEP_START=$SECONDS
  printf '\n==> %s\n' "$*"
}
