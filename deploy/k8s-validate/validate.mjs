// Validates every manifest under the folder given (default ../k8s) against the API schemas of
// the kubernetes-models packages: field types, required fields and enumerations. Unknown
// fields are not reported. Kustomizations are skipped (KubernetesManifestsTest checks them).
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const root = path.resolve(process.argv[2] ?? '../k8s');
const files = [];
(function walk(folder) {
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (fs.statSync(file).isDirectory()) walk(file);
    else if (file.endsWith('.yaml')) files.push(file);
  }
})(root);

function modelPackage(apiVersion) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group.endsWith('external-secrets.io')) return `@kubernetes-models/external-secrets/${group}/${version}`;
  return group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
}

let failures = 0;
for (const file of files.sort()) {
  for (const manifest of yaml.loadAll(fs.readFileSync(file, 'utf8'))) {
    const where = `${path.relative(root, file)} ${manifest?.kind}`;
    if (!manifest || manifest.kind === 'Kustomization') continue;
    try {
      const models = await import(modelPackage(manifest.apiVersion));
      const Model = models[manifest.kind];
      if (!Model) throw new Error(`no ${manifest.kind} in ${manifest.apiVersion}`);
      new Model(manifest).validate();
      console.log(`ok    ${where}`);
    } catch (e) {
      failures++;
      console.log(`FAIL  ${where}: ${e.message}`);
    }
  }
}
process.exit(failures ? 1 : 0);
