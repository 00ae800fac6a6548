"""Check every record and person id in judgements.json exists in kb/."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = {json.load(open(f))["id"] for f in glob.glob(os.path.join(ROOT, "kb", "*", "*.json"))}
J = json.load(open(os.path.join(ROOT, "judgements.json")))
bad = [r for q in J["queries"] for r in q["records"] if r not in ids]
bad += [p for e in J["experts"] for p in list(e["people"]) + e.get("traps", []) if p not in ids]
print(len(ids), "ids in kb;", "missing:", bad or "none")
