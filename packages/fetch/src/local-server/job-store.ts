import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/core';
import { jobFromValue } from '../job-from-value.js';
import { readJobFile } from '../read-job-file.js';

/** An app and environment that exist on the local server. */
export interface LocalEnvironment {
  /** The app id. */
  appId: string;
  /** The environment name. */
  environmentName: string;
}

/** How a started job behaves: `in_progress` for some polls, then it settles. */
export interface StartedJobBehaviour {
  /**
   * How many `GetCodegenJob` polls still see the new job `in_progress`.
   * @default 1
   */
  pollsInProgress?: number;
  /**
   * The status the job settles to.
   * @default 'succeeded'
   */
  status?: 'succeeded' | 'failed';
  /**
   * The `statusMessage` of the settled job.
   * @default none
   */
  statusMessage?: string;
}

interface StoredJob {
  job: CodegenJob;
  /** Polls left that see a started job `in_progress`. */
  pollsInProgress: number;
  /** What a started job becomes once those polls are used up. */
  settlesTo?: Pick<CodegenJob, 'status' | 'statusMessage'>;
}

const key = (appId: string, environmentName: string) => JSON.stringify([appId, environmentName]);

/** The jobs a local server serves, by app and environment, in the order they were given. */
export class JobStore {
  readonly #environments = new Map<string, Map<string, StoredJob>>();
  readonly #apps = new Set<string>();
  readonly #clientTokens = new Map<string, CodegenJob>();
  #started = 0;

  constructor(jobs: readonly CodegenJob[], environments: readonly LocalEnvironment[]) {
    for (const { appId, environmentName } of environments)
      this.#environment(appId, environmentName);
    jobs.forEach((job, index) => this.add(job, `jobs[${index}]`));
  }

  /** Adds (or replaces) a job; it must name its `id`, `appId` and `environmentName`. */
  add(job: CodegenJob, sourceName = 'job'): void {
    const plain = jobFromValue(job, sourceName);
    const { id, appId, environmentName } = plain;
    if (!id || !appId || !environmentName) {
      throw new JobSourceError(
        `${sourceName} cannot be served: it needs an id, appId and environmentName`,
        {
          location: sourceName,
        },
      );
    }
    this.#environment(appId, environmentName).set(id, { job: plain, pollsInProgress: 0 });
  }

  hasApp(appId: string): boolean {
    return this.#apps.has(appId);
  }

  /** The environment's jobs, or undefined when the environment does not exist. */
  jobs(appId: string, environmentName: string): CodegenJob[] | undefined {
    const stored = this.#environments.get(key(appId, environmentName));
    return stored === undefined ? undefined : [...stored.values()].map(({ job }) => job);
  }

  /** Reads a job for `GetCodegenJob`, counting a poll of a started job. */
  poll(appId: string, environmentName: string, id: string, now: Date): CodegenJob | undefined {
    const stored = this.#environments.get(key(appId, environmentName))?.get(id);
    if (stored === undefined) return undefined;
    if (stored.pollsInProgress > 0) {
      stored.pollsInProgress -= 1;
    } else if (stored.settlesTo !== undefined) {
      stored.job = { ...stored.job, ...stored.settlesTo, modifiedAt: now.toISOString() };
      delete stored.settlesTo;
    }
    return stored.job;
  }

  /** Creates a job for `StartCodegenJob`; one client token starts one job. */
  start(
    environment: LocalEnvironment,
    spec: Record<string, unknown>,
    options: { clientToken: string | undefined; behaviour: StartedJobBehaviour; now: Date },
  ): CodegenJob {
    const tokenKey =
      options.clientToken === undefined
        ? undefined
        : key(key(environment.appId, environment.environmentName), options.clientToken);
    const previous = tokenKey === undefined ? undefined : this.#clientTokens.get(tokenKey);
    if (previous !== undefined) return previous;
    this.#started += 1;
    const timestamp = options.now.toISOString();
    const job = jobFromValue({
      ...spec,
      id: `local-job-${this.#started}`,
      appId: environment.appId,
      environmentName: environment.environmentName,
      status: 'in_progress',
      createdAt: timestamp,
      modifiedAt: timestamp,
    });
    this.#environment(environment.appId, environment.environmentName).set(job.id ?? '', {
      job,
      pollsInProgress: options.behaviour.pollsInProgress ?? 1,
      settlesTo: {
        status: options.behaviour.status ?? 'succeeded',
        ...(options.behaviour.statusMessage === undefined
          ? {}
          : { statusMessage: options.behaviour.statusMessage }),
      },
    });
    if (tokenKey !== undefined) this.#clientTokens.set(tokenKey, job);
    return job;
  }

  #environment(appId: string, environmentName: string): Map<string, StoredJob> {
    this.#apps.add(appId);
    const environmentKey = key(appId, environmentName);
    let jobs = this.#environments.get(environmentKey);
    if (jobs === undefined) {
      jobs = new Map();
      this.#environments.set(environmentKey, jobs);
    }
    return jobs;
  }
}

/** Reads every `*.json` job file of a directory, in file-name order. */
export async function readJobDirectory(directory: string): Promise<CodegenJob[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    throw new JobSourceError(`Cannot read the job directory ${directory}`, {
      location: directory,
      hint: 'Pass a directory of job files (*.json) or an array of jobs.',
    });
  }
  return Promise.all(names.map((name) => readJobFile(join(directory, name))));
}
