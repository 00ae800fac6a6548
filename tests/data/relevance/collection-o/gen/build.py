import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import lib, data1, data2, people
try:
    import data3, data4
except ImportError:
    pass
ids = lib.write_all()
print(len(lib.RECORDS), "records", len(lib.PEOPLE), "people")
