import json,glob,os,sys
out=open('/tmp/sj.txt','w')
for f in sorted(glob.glob('../kb/*/*.json')):
    d=json.load(open(f))
    if d.get('type')=='person' or 'people/' in f: continue
    def flat(x):
        if isinstance(x,dict): return ' '.join(flat(v) for v in x.values())
        if isinstance(x,list): return ' '.join(flat(v) for v in x)
        return str(x)
    out.write(d['id']+'\t'+flat({k:v for k,v in d.items() if k!='id'}).replace('\n',' ')+'\n')
