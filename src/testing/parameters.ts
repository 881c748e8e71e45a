/**
 * `propertyParameters(env)`: fast-check parameters from environment variables, so a failing
 * property can be replayed (`FC_SEED`, `FC_PATH` as printed by fast-check) and run deeper
 * (`FC_NUM_RUNS`). Takes the environment as an argument (`process.env` in Node) so that this
 * module stays browser-safe.
 */
/** The variables read, all optional. */
export interface PropertyEnvironment {
  FC_SEED?: string | undefined
  FC_PATH?: string | undefined
  FC_NUM_RUNS?: string | undefined
}

/** The fast-check parameters set here; assignable to `fc.Parameters<Ts>` for any property. */
export interface PropertyParameters {
  numRuns: number
  seed?: number
  path?: string
}

/** Parameters for `fc.assert`: `numRuns` defaults to `defaultRuns`; seed and path when given. */
export function propertyParameters(env: PropertyEnvironment, defaultRuns: number): PropertyParameters {
  const parameters: PropertyParameters = {numRuns: defaultRuns}
  const runs = Number.parseInt(env.FC_NUM_RUNS ?? '', 10)
  if (Number.isInteger(runs) && runs > 0) parameters.numRuns = runs
  const seed = Number.parseInt(env.FC_SEED ?? '', 10)
  if (Number.isInteger(seed)) parameters.seed = seed
  if (env.FC_PATH !== undefined && env.FC_PATH !== '') parameters.path = env.FC_PATH
  return parameters
}
