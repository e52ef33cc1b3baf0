
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
let mod;
try {
  mod = await import(pathToFileURL(plan.index).href);
} catch (error) {
  console.log(JSON.stringify({ importError: String(error && error.message || error) }));
  process.exit(0);
}
const frozenEnums = {};
for (const name of plan.enums) {
  frozenEnums[name] = Object.isFrozen(mod[name]) ? Object.values(mod[name]) : [];
}
const models = [];
const instances = {};
for (const probe of plan.models) {
  try {
    instances[probe.name] = new mod[probe.name](probe.init);
  } catch {}
}
const checkLinks = (probe, Model) => {
  for (const link of probe.links) {
    const related = instances[link.relatedModel];
    if (!related) throw new Error('no ' + link.relatedModel + ' to link');
    const linked = new Model({ ...probe.init, [link.field]: related });
    link.localFields.forEach((local, i) => {
      if (linked[local] !== related[link.remoteFields[i]]) throw new Error(link.field + ' did not set ' + local);
    });
    if (link.localFields.some((local) => probe.keyFields.includes(local))) continue;
    const relinked = Model.copyOf(new Model(probe.init), (draft) => { draft[link.field] = related; });
    link.localFields.forEach((local, i) => {
      if (relinked[local] !== related[link.remoteFields[i]]) throw new Error('copyOf of ' + link.field + ' did not set ' + local);
    });
  }
};
for (const probe of plan.models) {
  try {
    const Model = mod[probe.name];
    const instance = new Model(probe.init);
    for (const field of probe.compare) {
      if (!same(instance[field], probe.init[field])) throw new Error(field + ' reads back as ' + JSON.stringify(instance[field]));
    }
    const copy = Model.copyOf(instance, (draft) => {
      if (probe.mutation) draft[probe.mutation.field] = probe.mutation.value;
    });
    if (!(copy instanceof Model)) throw new Error('copyOf did not return a ' + probe.name);
    if (probe.mutation && !same(copy[probe.mutation.field], probe.mutation.value)) throw new Error('copyOf lost ' + probe.mutation.field);
    for (const key of probe.keyFields) if (!same(copy[key], instance[key])) throw new Error('copyOf changed key ' + key);
    if (probe.keyFields.includes('id') && typeof instance.id !== 'string') throw new Error('no id');
    checkLinks(probe, Model);
    models.push({ name: probe.name, ok: true });
  } catch (error) {
    models.push({ name: probe.name, ok: false, error: String(error && error.message || error) });
  }
}
console.log(JSON.stringify({ exports: Object.keys(mod).sort(), frozenEnums, models }));
