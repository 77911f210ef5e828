# Comments in various places and tabs used for indentation.
x = 1  # trailing comment
# a full-line comment
    # an indented comment line is fine too
if x == 1:
	print("tab-indented body")
	if x > 0:
		print("two tabs")
	# comment inside block
	y = 2
print("y =", y)

def f(a,  # comment after a parameter
      b):
	return a + b  # tab body


print("f:", f(1, 2))
s = "# not a comment"
print(s)
print("hash in string", '#', "#x")  # real comment
while x < 3:
	x += 1
else:
	print("while else with tab, x =", x)
class C:
	attr = 5
	def m(self):
		return self.attr * 2
print("class with tabs:", C().m())
