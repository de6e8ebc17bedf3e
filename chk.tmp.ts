import { readPackFiles } from './src/lib/server/content/fs';
import { loadPack } from './src/lib/server/content/load';
import { statementsOf } from './src/lib/content/types';
import { featuresOf, leaveOneOut, logisticRegression, naiveBayes, phraseSplits } from './src/lib/content/predictability';
const pack = loadPack(readPackFiles('questions/vasternorrland'), 'q');
const st = statementsOf(pack);
for (const lang of ['sv','lattlast','en'] as const) {
const items = st.map((s) => ({ id: s.id, text: s.text[lang], agrees: s.position > 0 }));
for (const [cn,c] of [['nb',naiveBayes],['lr',logisticRegression]] as const) {
const r = leaveOneOut(items, c);
console.log(lang, cn, r.correct, r.pValue.toFixed(3), 'wrong:', items.filter(i=>!r.guessed.includes(i.id)).map(i=>(i.agrees?'+':'-')+i.id.slice(0,22)).join(' '));
}
console.log('  phrases', phraseSplits(items).filter(p=>p.share>=0.8).map(p=>p.phrase+' '+p.agreeing+'/'+p.statements).join('; '));
if (process.env.F) {
const feats = new Map<string, [number, number]>();
for (const it of items) for (const f of featuresOf(it.text)) { const c = feats.get(f) ?? [0,0]; c[it.agrees?0:1]++; feats.set(f,c); }
const n1=items.filter(i=>i.agrees).length, n0=items.length-n1;
console.log('  ', [...feats].filter(([,c])=>c[0]+c[1]>=2).map(([f,[a,b]])=>[f,a,b, Math.abs(a/n1-b/n0)] as const).sort((x,y)=>y[3]-x[3]).slice(0,14).map(s=>`${s[0]} ${s[1]}/${s[2]}`).join(' | '));
}}
