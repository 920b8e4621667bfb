/**
 * Names that mean the same thing in backend and AWS talk, written as a person would type
 * them; each group folds onto its first spelling. Matching is on stems, so plurals and word
 * forms of these come for free ("security groups", "load balancing" does not: "balancer" and
 * "balancing" stem alike, so it does). Kept short on purpose: every entry here is a claim that
 * two phrases are interchangeable in an interview answer.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Folded so that the spelled-out name is dropped like "AWS" itself (a stop word).
  ['aws', 'amazon web services'],
  ['auto scaling', 'autoscaling', 'asg', 'auto scaling group', 'autoscaler'],
  ['security group', 'sg'],
  ['nacl', 'network acl', 'network access control list'],
  ['load balancer', 'lb', 'elb', 'elastic load balancer', 'elastic load balancing'],
  ['database', 'db'],
  ['kubernetes', 'k8s', 'kube'],
  ['environment variable', 'env var', 'env variable', 'environment var'],
  ['environment', 'env'],
  ['production', 'prod'],
  ['configuration', 'config'],
  ['authentication', 'authn'],
  ['repository', 'repo'],
  ['s3', 'simple storage service'],
  ['ec2', 'elastic compute cloud'],
  ['vpc', 'virtual private cloud'],
  ['iam', 'identity and access management'],
  ['rds', 'relational database service'],
  ['sqs', 'simple queue service'],
  ['sns', 'simple notification service'],
  ['cdn', 'content delivery network'],
  ['az', 'availability zone'],
  ['sam', 'serverless application model'],
  ['waf', 'web application firewall'],
  ['cors', 'cross origin resource sharing'],
  ['kms', 'key management service'],
  ['ttl', 'time to live'],
  ['iac', 'infrastructure as code'],
  ['dlq', 'dead letter queue'],
  ['mfa', 'multi factor authentication', '2fa'],
  ['jwt', 'json web token'],
  ['igw', 'internet gateway'],
  ['api gateway', 'apigw', 'api gw'],
  ['ci cd', 'cicd', 'continuous integration continuous delivery'],
  ['x ray', 'xray'],
  ['node js', 'nodejs'],
  ['pub sub', 'pubsub', 'publish subscribe'],
  ['nosql', 'no sql'],
  ['dynamodb', 'dynamo db', 'dynamo'],
  ['postgresql', 'postgres'],
  ['elasticache', 'elastic cache'],
  ['cloudwatch', 'cloud watch'],
  ['cloudfront', 'cloud front'],
  ['microservice', 'micro service'],
  ['websocket', 'web socket'],
];

const BY_NAME = new Map(SYNONYM_GROUPS.map((group) => [group[0] as string, group.slice(1)]));

/** The other spellings that count for these compared forms ("asg", "autoscaling" for Auto Scaling). */
export function aliasesOf(norms: readonly string[]): string[] {
  return norms.flatMap((norm) => BY_NAME.get(norm) ?? []);
}
