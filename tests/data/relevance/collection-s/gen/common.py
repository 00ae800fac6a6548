class R:
    def __init__(self, kind, id, title, dept, people, a, b, c="", kw=""):
        self.kind, self.id, self.title, self.dept, self.people = kind, id, title, dept, people
        self.a, self.b, self.c = a, b, c
        self.kw = [k.strip() for k in kw.split(",") if k.strip()]
