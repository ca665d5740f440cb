/**
 * The one place that chooses how a release's traffic moves: by the inputs (two colors and a rule) and the service's
 * deployment controller and strategy. Adding a provider is one folder, one entry in PROVIDERS and one line in
 * `providerKindOf`, plus its inputs.
 */
import type { Service } from '@aws-sdk/client-ecs';

import { ConfigurationError } from '../core/errors.js';
import { deploymentStyleOf } from '../ecs/deployment-style.js';
import { albProvider } from './alb/index.js';
import { codeDeployProvider } from './codedeploy/index.js';
import type { ProviderKind, ProviderModule } from './contract.js';
import { nativeProvider } from './ecs-native/index.js';
import { rollingRefusal } from './ecs-native/plan.js';

export const PROVIDERS: Record<ProviderKind, ProviderModule> = {
  alb: albProvider,
  'ecs-native': nativeProvider,
  codedeploy: codeDeployProvider,
};

/**
 * Which provider a request needs: two services are colors; one service goes by its deployment controller and strategy.
 */
export function providerKindOf(services: readonly string[], single: Service | undefined): ProviderKind {
  if (services.length === 2) return 'alb';
  const style = single ? deploymentStyleOf(single) : undefined;
  if (style?.controller === 'CODE_DEPLOY') return 'codedeploy';
  if (style?.controller === 'ECS' && style.strategy !== 'ROLLING') return 'ecs-native';
  if (style?.controller === 'EXTERNAL')
    throw new ConfigurationError(
      'service',
      `service "${single?.serviceName}" uses the EXTERNAL deployment controller; its task sets are your own tooling's`,
    );
  throw rollingRefusal(single?.serviceName ?? services[0]);
}
