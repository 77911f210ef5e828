# csv: reader/writer with the excel, excel-tab and unix dialects and custom parameters,
# quoting modes, multi-line quoted fields, DictReader/DictWriter, registered dialects, errors.
import csv

class Out:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)

rows = [["name", "note", "n"], ["Ada", 'says "hi"', 1], ["Bob, Jr.", "line1\nline2", 2.5],
        ["", None, True], ["tab\there", " lead", -0.0]]
for kwargs in [{}, {"dialect": "excel-tab"}, {"dialect": "unix"}, {"quoting": csv.QUOTE_ALL},
               {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";", "quotechar": "'"},
               {"doublequote": False, "escapechar": "\\"}, {"lineterminator": "\n"}]:
    out = Out()
    w = csv.writer(out, **kwargs)
    print(w.writerow(rows[0]), end=" ")
    w.writerows(rows[1:])
    print(kwargs, repr(out.text))
    try:
        print(list(csv.reader(out.text.splitlines(True), **kwargs)))
    except ValueError as e:
        print("ValueError:", e)

out = Out()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "plain"])
print(repr(out.text))
out = Out()
csv.writer(out).writerow([""])
csv.writer(out).writerow([])
csv.writer(out).writerow(["", ""])
print(repr(out.text))

lines = ['a,b,c\r\n', '"quoted, comma","multi\n', 'line",x\n', '\n', ' spaced , x\n', 'end,"q""q"\n', 'trail,\n']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["1,2.5,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"a"b,c'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader(["x|y|z"], delimiter="|")), list(csv.reader([])), list(csv.reader(["a,b"], dialect=csv.excel)))

text = ["name,age,city\n", "Ada,36,London\n", "\n", "Bob,40\n", "Cy,1,Paris,extra,more\n"]
dr = csv.DictReader(text)
print(dr.fieldnames)
for row in dr:
    print(row)
print(list(csv.DictReader(["1,2\n"], fieldnames=["a", "b"])), list(csv.DictReader(["1\n"], fieldnames=["a", "b"], restval="?")))
print(list(csv.DictReader(["h1,h2\n", "1,2,3\n"], restkey="rest")))
out = Out()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ada", "score": 9.5})
dw.writerows([{"id": 2, "name": "Bob"}, {"id": 3, "score": 7}])
print(repr(out.text))
out = Out()
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
print(repr(out.text))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print("pipes" in csv.list_dialects(), csv.get_dialect("pipes").delimiter, csv.get_dialect("excel").delimiter)
out = Out()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.text), list(csv.reader(['"a"|"1"'], "pipes")))
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))

def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

err(lambda: list(csv.reader(['a"b,"c"d'], strict=True)))
err(lambda: list(csv.reader(['"abc'], strict=True)))
err(lambda: list(csv.reader(["a\0b"])))
err(lambda: list(csv.reader(["a\rb"])))
err(csv.get_dialect, "nope")
err(csv.unregister_dialect, "nope")
err(csv.writer(Out(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
err(csv.writer(Out()).writerow, 5)
err(csv.writer, Out(), delimiter="::")
err(csv.writer, Out(), delimiter=5)
err(csv.writer, Out(), quoting=9)
err(csv.writer, Out(), bogus=1)
err(csv.DictWriter(Out(), ["a"]).writerow, {"a": 1, "b": 2})
err(csv.DictWriter, Out(), ["a"], extrasaction="boom")
print(issubclass(csv.Error, Exception))
