import { HttpError } from '@promptgate/shared/http-node';

/**
 * Why a large inspection did not run. Each fails the request closed (nothing is sent uninspected), with an
 * HTTP status clients already handle: 503 to try again soon, 500 for a detection that broke.
 */
export class InspectPoolError extends HttpError {
  static saturated(queued: number): InspectPoolError {
    return new InspectPoolError(503, 'inspection_busy', `promptgate is already inspecting ${queued} large prompts; try again in a moment`);
  }

  static crashed(reason: string): InspectPoolError {
    return new InspectPoolError(500, 'inspection_failed', `promptgate's detection stopped while inspecting this prompt (${reason}); nothing was sent. Try again.`);
  }

  static failed(reason: string): InspectPoolError {
    return new InspectPoolError(500, 'inspection_failed', `promptgate could not inspect this prompt (${reason}); nothing was sent`);
  }

  static closed(): InspectPoolError {
    return new InspectPoolError(503, 'gateway_shutting_down', 'the promptgate gateway is shutting down');
  }
}
