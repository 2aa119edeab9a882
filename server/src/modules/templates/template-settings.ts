import type { Config } from '../../core/config/config';
import { parseUrlAllowList, type TemplateLintOptions } from './template-lint';

/**
 * The lint settings of this deployment. The link allow-list comes from REPLY_TEMPLATE_URL_ALLOWLIST
 * (comma-separated https prefixes) once the config module declares it; until then, and by
 * default, no link is allowed.
 */
export function templateLintOptions(config: Config): TemplateLintOptions {
  const raw = config.REPLY_TEMPLATE_URL_ALLOWLIST;
  return { allowedUrlPrefixes: parseUrlAllowList(raw) };
}
