import 'aws-sdk-client-mock-jest';

// Every test gets the environment it started with back, whatever it changed.
const original = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in original)) delete process.env[key];
  Object.assign(process.env, original);
});
